package org.hotspot.portal.dashboard.settings;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the settings page, {@code {settings:...}} in templates ({@code {settings:message(key)}} for a key held in data); the texts are in {@code messages/settings_<language>.properties}. Whole sentences, no parameters.
 */
@MessageBundle(value = "settings", locale = "en")
public interface SettingsMessages {

    @Message
    String settingsTitle();

    @Message
    String settingsIntro();

    @Message
    String forbidden();

    @Message
    String saved();

    @Message
    String brandingSaved();

    @Message
    String errorSummary();

    @Message
    String generalTitle();

    @Message
    String nameLabel();

    @Message
    String languageLabel();

    @Message
    String languageHint();

    @Message
    String timeZoneLabel();

    @Message
    String timeZoneHint();

    @Message
    String currencyLabel();

    @Message
    String currencyHint();

    @Message
    String digitsLegend();

    @Message
    String digitsLatin();

    @Message
    String digitsPersian();

    @Message
    String requireTotpLabel();

    @Message
    String requireTotpHint();

    @Message
    String save();

    @Message
    String brandingTitle();

    @Message
    String brandingIntro();

    @Message
    String displayNameLabel();

    @Message
    String displayNameHint();

    @Message
    String primaryColorLabel();

    @Message
    String accentColorLabel();

    @Message
    String termsLabel();

    @Message
    String termsHint();

    @Message
    String saveBranding();

    @Message
    String errorName();

    @Message
    String errorLanguage();

    @Message
    String errorTimeZone();

    @Message
    String errorCurrency();

    @Message
    String errorDisplayName();

    @Message
    String errorColor();

    @Message
    String errorTerms();
}
