package org.hotspot.voucher.print;

import java.util.Map;

/**
 * The fixed words on a card, per language. Units of time and data come from CLDR through ICU (with
 * their plural rules); only the speed unit is ours, because CLDR's short English "Mb/s" reads like
 * megabytes on a card.
 */
record LabelTexts(
        String code,
        String price,
        String time,
        String validFor,
        String data,
        String speed,
        String unlimited,
        String scanToConnect,
        String serial,
        String megabitsPerSecond,
        String kilobitsPerSecond,
        boolean rightToLeft) {

    static final String FALLBACK = "en";

    private static final Map<String, LabelTexts> BY_LANGUAGE = Map.of(
            "en", new LabelTexts("Code", "Price", "Time", "Valid for", "Data", "Speed", "Unlimited",
                    "Scan to connect", "Serial", "{0} Mbit/s", "{0} kbit/s", false),
            "fr", new LabelTexts("Code", "Prix", "Durée", "Valable", "Données", "Débit", "Illimité",
                    "Scannez pour vous connecter", "N°", "{0} Mbit/s", "{0} kbit/s", false),
            "ar", new LabelTexts("الرمز", "السعر", "الوقت", "صالح لمدة", "البيانات", "السرعة", "غير محدود",
                    "امسح للاتصال", "الرقم التسلسلي", "{0} ميغابت/ث", "{0} كيلوبت/ث", true),
            "fa", new LabelTexts("کد", "قیمت", "زمان", "اعتبار", "حجم", "سرعت", "نامحدود",
                    "برای اتصال اسکن کنید", "سریال", "{0} مگابیت/ثانیه", "{0} کیلوبیت/ثانیه", true));

    /** The texts for a language code such as {@code fa}, or null when there are none. */
    static LabelTexts of(String language) {
        return BY_LANGUAGE.get(language);
    }
}
