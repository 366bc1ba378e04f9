package org.hotspot.portal.dashboard.vouchers;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the vouchers and sessions pages, {@code {vouchers:...}} in templates; in
 * {@code messages/vouchers_<language>.properties}, one file per language, English included.
 * Whole sentences only: word order differs between languages.
 */
@MessageBundle(value = "vouchers", locale = "en")
public interface VoucherMessages {

    @Message
    String vouchersTitle();

    @Message
    String findTitle();

    @Message
    String codeLabel();

    @Message
    String codeHint();

    @Message
    String findButton();

    @Message
    String searchTitle();

    @Message
    String batchLabel();

    @Message
    String batchHint();

    @Message
    String serialFromLabel();

    @Message
    String serialToLabel();

    @Message
    String stateLabel();

    @Message
    String anyState();

    @Message
    String macLabel();

    @Message
    String searchButton();

    @Message
    String clearFilters();

    @Message
    String stateUNUSED();

    @Message
    String stateACTIVE();

    @Message
    String stateEXHAUSTED();

    @Message
    String stateEXPIRED();

    @Message
    String stateREVOKED();

    @Message
    String stateDISABLED();

    @Message
    String resultsTitle();

    @Message
    String resultsCount(String from, String to, String total);

    @Message
    String noResults();

    @Message
    String columnSerial();

    @Message
    String columnCode();

    @Message
    String columnState();

    @Message
    String columnBatch();

    @Message
    String columnFirstUse();

    @Message
    String columnValidUntil();

    @Message
    String columnData();

    @Message
    String columnTime();

    @Message
    String pagination();

    @Message
    String previousPage();

    @Message
    String nextPage();

    @Message
    String pageNumber(String number);

    @Message
    String codeNotFound();

    @Message
    String codeHidden();

    @Message
    String voucherTitle();

    @Message
    String voucherHeading(String serial);

    @Message
    String planLabel();

    @Message
    String serialLabel();

    @Message
    String createdLabel();

    @Message
    String expiresLabel();

    @Message
    String firstUseLabel();

    @Message
    String validUntilLabel();

    @Message
    String notYet();

    @Message
    String noLimit();

    @Message
    String timeUsedLabel();

    @Message
    String dataUsedLabel();

    @Message
    String devicesTitle();

    @Message
    String boundDevices();

    @Message
    String noDevices();

    @Message
    String sessionsTitle();

    @Message
    String noSessions();

    @Message
    String sessionsUnavailable();

    @Message
    String timelineTitle();

    @Message
    String timelineIntro();

    @Message
    String columnStarted();

    @Message
    String columnEnded();

    @Message
    String columnDuration();

    @Message
    String columnDevice();

    @Message
    String columnRouter();

    @Message
    String columnSite();

    @Message
    String columnAddress();

    @Message
    String stillOnline();

    @Message
    String dataShare();

    @Message
    String actionsTitle();

    @Message
    String revokeButton();

    @Message
    String disableButton();

    @Message
    String enableButton();

    @Message
    String cancelButton();

    @Message
    String confirmRevokeTitle();

    @Message
    String confirmRevokeText();

    @Message
    String confirmDisableTitle();

    @Message
    String confirmDisableText();

    @Message
    String confirmEnableTitle();

    @Message
    String confirmEnableText();

    @Message
    String doneRevoked();

    @Message
    String doneDisabled();

    @Message
    String doneEnabled();

    @Message
    String refusedTransition();

    @Message
    String readOnlyNote();

    @Message
    String sessionsPageTitle();

    @Message
    String activeTab();

    @Message
    String historyTab();

    @Message
    String showLabel();

    @Message
    String filterVoucherLabel();

    @Message
    String filteredToOneVoucher();

    @Message
    String filterButton();

    @Message
    String noActiveSessions();

    @Message
    String noHistory();

    @Message
    String stateOPEN();

    @Message
    String stateCLOSED();

    @Message
    String disconnectButton();

    @Message
    String disconnectLabel(String mac);

    @Message
    String confirmDisconnectTitle();

    @Message
    String confirmDisconnectText();

    @Message
    String disconnectSent();

    @Message
    String sessionClosed();

    @Message
    String sessionNotFound();

    @Message
    String errorBatch();

    @Message
    String errorSerial();

    @Message
    String errorMac();

    @Message
    String anyRouter();

    @Message
    String fromDateLabel();

    @Message
    String toDateLabel();
}
