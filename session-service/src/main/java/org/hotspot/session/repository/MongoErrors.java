package org.hotspot.session.repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;

/** Reading MongoDB's failures. */
public final class MongoErrors {

    private MongoErrors() {
    }

    /** A write refused because a unique key (the {@code _id} or a unique index) is taken. */
    public static boolean isDuplicateKey(Throwable e) {
        return e instanceof MongoWriteException write
                && ErrorCategory.fromErrorCode(write.getError().getCode()) == ErrorCategory.DUPLICATE_KEY
                || e instanceof MongoCommandException command && command.getErrorCode() == 11000;
    }

    /**
     * A bulk write whose only failures are writes refused for a taken unique key: the others went
     * through, and the refused ones are in its write errors.
     */
    public static boolean onlyDuplicateKeys(Throwable e) {
        return e instanceof MongoBulkWriteException bulk && bulk.getWriteConcernError() == null
                && bulk.getWriteErrors().stream()
                        .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
    }
}
