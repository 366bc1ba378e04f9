package org.hotspot.voucher.print;

import java.util.Map;

/**
 * The fixed words on a card, per language. Units of time come from CLDR through ICU (with their
 * plural rules); the speed and data units are ours: CLDR's short English "Mb/s" reads like megabytes
 * on a card, and CLDR has no binary units (GiB, MiB) that a plan made in them must be printed in.
 *
 * @param useBefore the line with the date an unused card stops working, {@code {0}} the date
 * @param notPrinted how many of the chosen vouchers were left out as unusable, {@code {0}} the count
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
        String useBefore,
        String notPrinted,
        DataUnits dataUnits,
        boolean rightToLeft) {

    static final String FALLBACK = "en";

    /**
     * Patterns for a data amount, {@code {0}} the number: decimal units (powers of 1,000) and binary
     * ones (powers of 1,024). A no-break space keeps number and unit on one line.
     */
    record DataUnits(String bytes, String kilobytes, String megabytes, String gigabytes, String kibibytes,
            String mebibytes, String gibibytes) {
    }

    private static final Map<String, LabelTexts> BY_LANGUAGE = Map.of(
            "en", new LabelTexts("Code", "Price", "Time", "Valid for", "Data", "Speed", "Unlimited",
                    "Scan to connect", "Serial", "{0} Mbit/s", "{0} kbit/s", "Use before: {0}",
                    "Not printed (revoked, disabled, expired or used up): {0}",
                    new DataUnits("{0}\u00A0B", "{0}\u00A0kB", "{0}\u00A0MB", "{0}\u00A0GB",
                            "{0}\u00A0KiB", "{0}\u00A0MiB", "{0}\u00A0GiB"),
                    false),
            "fr", new LabelTexts("Code", "Prix", "Durée", "Valable", "Données", "Débit", "Illimité",
                    "Scannez pour vous connecter", "N°", "{0} Mbit/s", "{0} kbit/s", "À utiliser avant le {0}",
                    "Non imprimés (révoqués, désactivés, expirés ou épuisés) : {0}",
                    new DataUnits("{0}\u00A0o", "{0}\u00A0ko", "{0}\u00A0Mo", "{0}\u00A0Go",
                            "{0}\u00A0Kio", "{0}\u00A0Mio", "{0}\u00A0Gio"),
                    false),
            "ar", new LabelTexts("الرمز", "السعر", "الوقت", "صالح لمدة", "البيانات", "السرعة", "غير محدود",
                    "امسح للاتصال", "الرقم التسلسلي", "{0} ميغابت/ث", "{0} كيلوبت/ث", "يُستخدم قبل: {0}",
                    "لم تُطبع (ملغاة أو معطلة أو منتهية أو مستنفدة): {0}",
                    new DataUnits("{0}\u00A0بايت", "{0}\u00A0كيلوبايت", "{0}\u00A0ميغابايت", "{0}\u00A0غيغابايت",
                            "{0}\u00A0كيبيبايت", "{0}\u00A0ميبيبايت", "{0}\u00A0جيبيبايت"),
                    true),
            "fa", new LabelTexts("کد", "قیمت", "زمان", "اعتبار", "حجم", "سرعت", "نامحدود",
                    "برای اتصال اسکن کنید", "سریال", "{0} مگابیت/ثانیه", "{0} کیلوبیت/ثانیه", "استفاده تا: {0}",
                    "چاپ نشده (باطل، غیرفعال، منقضی یا مصرف شده): {0}",
                    new DataUnits("{0}\u00A0بایت", "{0}\u00A0کیلوبایت", "{0}\u00A0مگابایت", "{0}\u00A0گیگابایت",
                            "{0}\u00A0کیبی\u200Cبایت", "{0}\u00A0مبی\u200Cبایت", "{0}\u00A0گیبی\u200Cبایت"),
                    true),
            "ru", new LabelTexts("Код", "Цена", "Время", "Действует", "Трафик", "Скорость", "Безлимит",
                    "Отсканируйте для подключения", "№", "{0} Мбит/с", "{0} кбит/с", "Использовать до: {0}",
                    "Не напечатаны (отозваны, отключены, истекли или израсходованы): {0}",
                    new DataUnits("{0}\u00A0Б", "{0}\u00A0кБ", "{0}\u00A0МБ", "{0}\u00A0ГБ",
                            "{0}\u00A0КиБ", "{0}\u00A0МиБ", "{0}\u00A0ГиБ"),
                    false));

    /** The texts for a language code such as {@code fa}, or null when there are none. */
    static LabelTexts of(String language) {
        return BY_LANGUAGE.get(language);
    }
}
