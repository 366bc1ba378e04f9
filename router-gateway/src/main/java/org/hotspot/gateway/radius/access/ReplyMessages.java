package org.hotspot.gateway.radius.access;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.hotspot.events.voucher.RejectReason;

/**
 * The Reply-Message of an Access-Reject, in the organization's language. MikroTik shows it on its
 * login page (and the portal passes it on), so it speaks to the customer, not to an engineer: what
 * happened and what to do. Languages without a translation get English.
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
                    "Trop d'échecs. Veuillez patienter quelques minutes."));

    /** One language's messages. */
    private record Texts(Map<RejectReason, String> reasons, String throttled) {
    }

    private ReplyMessages() {
    }

    /** The message for the reason in the language ({@code fa}, {@code fr-CA}...), English when unknown. */
    public static String of(RejectReason reason, String language) {
        return texts(language).reasons().get(reason);
    }

    /** The message for a device rejected for too many failed attempts. */
    public static String throttled(String language) {
        return texts(language).throttled();
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
