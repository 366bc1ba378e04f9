package org.hotspot.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the pages, {@code {msg:...}} in templates. The texts themselves are in
 * {@code messages/msg_<language>.properties}, one file per language, English included; a test
 * checks each file has every key. Whole sentences only: word order differs between languages.
 */
@MessageBundle(value = "msg", locale = "en")
public interface PortalMessages {

    @Message
    String appName();

    @Message
    String languageLabel();

    @Message
    String loginTitle();

    @Message
    String codeLabel();

    @Message
    String codeHint();

    @Message
    String loginButton();

    @Message
    String deviceLabel();

    @Message
    String termsTitle();

    @Message
    String connectingTitle();

    @Message
    String connectingHint();

    @Message
    String continueButton();

    @Message
    String onlineTitle();

    @Message
    String statusTitle();

    @Message
    String timeLeft();

    @Message
    String dataLeft();

    @Message
    String validUntil();

    @Message
    String unlimited();

    @Message
    String notSet();

    @Message
    String statusLink();

    @Message
    String logoutButton();

    @Message
    String loggedOut();

    @Message
    String loginAgain();

    @Message
    String reasonUnknown();

    @Message
    String reasonExpired();

    @Message
    String reasonExhausted();

    @Message
    String reasonRevoked();

    @Message
    String reasonDisabled();

    @Message
    String reasonDeviceLimit();

    @Message
    String reasonMacMismatch();

    @Message
    String reasonWrongSite();

    @Message
    String reasonThrottled();

    @Message
    String reasonTooManyAttempts();

    @Message
    String reasonEmptyCode();

    @Message
    String reasonFailed();

    @Message
    String errorTitle();

    @Message
    String errorNoRouter();

    @Message
    String errorUnknownRouter();

    @Message
    String errorLink();

    @Message
    String errorStatusToken();

    @Message
    String errorUnavailable();

    @Message
    String errorNotFound();

    @Message
    String errorMalformed();

    @Message
    String qrRevoked();

    @Message
    String qrNotValid();

    @Message
    String qrJoinWifi();
}
