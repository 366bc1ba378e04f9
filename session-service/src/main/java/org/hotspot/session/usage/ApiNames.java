package org.hotspot.session.usage;

import java.util.Locale;

/** The lower-case names the API and the stored roll-ups give {@link Dimension}s and {@link Interval}s. */
final class ApiNames {

    private ApiNames() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant with this name, in any case; null when there is none. */
    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (of(value).equalsIgnoreCase(name)) {
                return value;
            }
        }
        return null;
    }
}
