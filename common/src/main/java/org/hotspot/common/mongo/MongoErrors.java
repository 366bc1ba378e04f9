package org.hotspot.common.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;

/** Reading MongoDB's failures: the one test of a taken unique key every repository and service uses. */
public final class MongoErrors {

    private MongoErrors() {
    }

    /**
     * A write refused because a unique key (the {@code _id} or a unique index) is taken. An insert
     * reports it as a write error, a findOneAndUpdate or an upsert as a command error: both carry the code.
     */
    public static boolean isDuplicateKey(Throwable e) {
        return e instanceof MongoException mongo && isDuplicateKey(mongo.getCode());
    }

    /** One write of a bulk write refused because a unique key is taken. */
    public static boolean isDuplicateKey(BulkWriteError error) {
        return isDuplicateKey(error.getCode());
    }

    /**
     * A bulk write whose only failures are writes refused for a taken unique key: the others went
     * through, and the refused ones are in its write errors.
     */
    public static boolean onlyDuplicateKeys(Throwable e) {
        return e instanceof MongoBulkWriteException bulk && bulk.getWriteConcernError() == null
                && bulk.getWriteErrors().stream().allMatch(MongoErrors::isDuplicateKey);
    }

    private static boolean isDuplicateKey(int code) {
        return ErrorCategory.fromErrorCode(code) == ErrorCategory.DUPLICATE_KEY;
    }
}
