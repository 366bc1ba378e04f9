package org.hotspot.session.usage;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

/** Reading MongoDB's failures. */
final class MongoErrors {

    private MongoErrors() {
    }

    /** A write refused because a unique key (the {@code _id} or a unique index) is taken. */
    static boolean isDuplicateKey(Throwable e) {
        return e instanceof MongoWriteException write
                && ErrorCategory.fromErrorCode(write.getError().getCode()) == ErrorCategory.DUPLICATE_KEY;
    }
}
