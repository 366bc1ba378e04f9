package org.hotspot.gateway.radius.access;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.hotspot.events.voucher.RejectReason;

/**
 * The Reply-Message of an Access-Reject, in the organization's language. MikroTik shows it on its
 * login page (and the portal passes it on), so it speaks to the customer, not to an engineer: what
 * happened and what to do. Languages without a translation get English.
 *
 * <p>Every message ends with its stable reason code in square brackets ({@code [exhausted]}: a
 * {@link RejectReason#wire()} form, or {@code [throttled]}). The router passes the message to the
 * portal as {@code $(error)}, and the portal translates it by that code into the customer's language,
 * which may not be the organization's; a router showing the message raw still reads well.
 */
public final class ReplyMessages {

    private static final Map<String, Texts> TEXTS = Map.of(
            "en", texts(
                    "This code is not valid. Check it and try again.",
                    "This voucher has expired.",
                    "This voucher has no time or data left.",
                    "This voucher has been cancelled.",
                    "This voucher is suspended. Please contact the operator.",
                    "This voucher is already in use on the maximum number of devices.",
                    "This voucher is locked to another device.",
                    "This voucher is not valid at this location.",
                    "Too many failed attempts. Please wait a few minutes."),
            "ar", texts(
                    "هذا الرمز غير صالح. تحقق منه وحاول مرة أخرى.",
                    "انتهت صلاحية هذه القسيمة.",
                    "لم يتبق وقت أو بيانات في هذه القسيمة.",
                    "تم إلغاء هذه القسيمة.",
                    "هذه القسيمة موقوفة. يرجى التواصل مع المشغل.",
                    "هذه القسيمة مستخدمة على الحد الأقصى من الأجهزة.",
                    "هذه القسيمة مرتبطة بجهاز آخر.",
                    "هذه القسيمة غير صالحة في هذا الموقع.",
                    "محاولات فاشلة كثيرة. يرجى الانتظار بضع دقائق."),
            "fa", texts(
                    "این کد معتبر نیست. آن را بررسی کنید و دوباره امتحان کنید.",
                    "اعتبار این کارت تمام شده است.",
                    "زمان یا حجم این کارت به پایان رسیده است.",
                    "این کارت باطل شده است.",
                    "این کارت معلق است. لطفاً با اپراتور تماس بگیرید.",
                    "این کارت روی حداکثر تعداد دستگاه در حال استفاده است.",
                    "این کارت به دستگاه دیگری قفل شده است.",
                    "این کارت در این مکان معتبر نیست.",
                    "تلاش‌های ناموفق زیاد. لطفاً چند دقیقه صبر کنید."),
            "fr", texts(
                    "Ce code n'est pas valide. Vérifiez-le et réessayez.",
                    "Ce ticket a expiré.",
                    "Ce ticket n'a plus de temps ni de données.",
                    "Ce ticket a été annulé.",
                    "Ce ticket est suspendu. Contactez l'opérateur.",
                    "Ce ticket est déjà utilisé sur le nombre maximal d'appareils.",
                    "Ce ticket est lié à un autre appareil.",
                    "Ce ticket n'est pas valable à cet endroit.",
                    "Trop d'échecs. Veuillez patienter quelques minutes."),
            "ru", texts(
                    "Этот код недействителен. Проверьте его и попробуйте ещё раз.",
                    "Срок действия этого ваучера истёк.",
                    "На этом ваучере не осталось времени или трафика.",
                    "Этот ваучер аннулирован.",
                    "Этот ваучер приостановлен. Обратитесь к оператору.",
                    "Этот ваучер уже используется на максимальном числе устройств.",
                    "Этот ваучер привязан к другому устройству.",
                    "Этот ваучер не действует в этом месте.",
                    "Слишком много неудачных попыток. Подождите несколько минут."));

    /** The reason code ending a throttled device's message; the others are {@link RejectReason#wire()}. */
    public static final String THROTTLED = "throttled";

    /** One language's messages. */
    private record Texts(Map<RejectReason, String> reasons, String throttled) {
    }

    private ReplyMessages() {
    }

    /** The message for the reason in the language ({@code fa}, {@code fr-CA}...), English when unknown. */
    public static String of(RejectReason reason, String language) {
        return coded(texts(language).reasons().get(reason), reason.wire());
    }

    /** The message for a device rejected for too many failed attempts. */
    public static String throttled(String language) {
        return coded(texts(language).throttled(), THROTTLED);
    }

    private static String coded(String message, String code) {
        return message + " [" + code + "]";
    }

    private static Texts texts(String language) {
        return TEXTS.getOrDefault(primary(language), TEXTS.get("en"));
    }

    private static String primary(String language) {
        if (language == null) {
            return "en";
        }
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** One message per reason, in RejectReason's order, then the throttled message. */
    private static Texts texts(String... messages) {
        RejectReason[] reasons = RejectReason.values();
        if (messages.length != reasons.length + 1) {
            throw new IllegalArgumentException("a message per reject reason, then the throttled one");
        }
        Map<RejectReason, String> byReason = new EnumMap<>(RejectReason.class);
        for (int i = 0; i < reasons.length; i++) {
            byReason.put(reasons[i], messages[i]);
        }
        return new Texts(byReason, messages[reasons.length]);
    }
}
