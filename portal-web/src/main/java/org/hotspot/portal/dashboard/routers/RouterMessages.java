package org.hotspot.portal.dashboard.routers;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the routers pages, {@code {routers:...}} in templates; the texts are in
 * {@code messages/routers_<language>.properties}, one file per language. A value (a time, a name)
 * stands beside its label, never inside a sentence.
 */
@MessageBundle(value = "routers", locale = "en")
public interface RouterMessages {

    @Message
    String routersTitle();

    @Message
    String routersIntro();

    @Message
    String addRouter();

    @Message
    String readOnly();

    @Message
    String noRouters();

    @Message
    String colName();

    @Message
    String colSite();

    @Message
    String colAddress();

    @Message
    String colMode();

    @Message
    String colStatus();

    @Message
    String colActions();

    @Message
    String backupIs();

    @Message
    String noSite();

    @Message
    String nasIdentifierShort();

    @Message
    String lastHeard();

    @Message
    String notMonitoredHint();

    @Message
    String edit();

    @Message
    String downloadKit();

    @Message
    String delete();

    @Message
    String deleteTitle();

    @Message
    String deleteExplain();

    @Message
    String deleteConfirm();

    @Message
    String cancel();

    @Message
    String editTitle();

    @Message
    String addTitle();

    @Message
    String backToList();

    @Message
    String identityLegend();

    @Message
    String nameLabel();

    @Message
    String siteLabel();

    @Message
    String siteHint();

    @Message
    String backupLabel();

    @Message
    String backupHint();

    @Message
    String noBackup();

    @Message
    String radiusLegend();

    @Message
    String nasIpLabel();

    @Message
    String nasIpHint();

    @Message
    String nasIdentifierLabel();

    @Message
    String nasIdentifierHint();

    @Message
    String radiusSecretLabel();

    @Message
    String radiusSecretHint();

    @Message
    String radiusSecretKeepHint();

    @Message
    String requireMessageAuthenticatorLabel();

    @Message
    String requireMessageAuthenticatorHint();

    @Message
    String coaPortLabel();

    @Message
    String coaPortHint();

    @Message
    String hotspotDnsNameLabel();

    @Message
    String hotspotDnsNameHint();

    @Message
    String modeLegend();

    @Message
    String modeRadius();

    @Message
    String modeRadiusHint();

    @Message
    String modeApi();

    @Message
    String modeApiHint();

    @Message
    String apiHostLabel();

    @Message
    String apiPortLabel();

    @Message
    String apiTlsLabel();

    @Message
    String apiUsernameLabel();

    @Message
    String apiPasswordLabel();

    @Message
    String apiPasswordHint();

    @Message
    String apiPasswordKeepHint();

    @Message
    String save();

    @Message
    String create();

    @Message
    String modeRadiusShort();

    @Message
    String modeApiShort();

    @Message
    String statusUp();

    @Message
    String statusDegraded();

    @Message
    String statusDown();

    @Message
    String statusUnknown();

    @Message
    String doneCreated();

    @Message
    String doneSaved();

    @Message
    String doneDeleted();

    @Message
    String readOnlyRefused();

    @Message
    String resellerRefused();

    @Message
    String errorSummary();

    @Message
    String errorRequired();

    @Message
    String errorTooLong();

    @Message
    String errorAddress();

    @Message
    String errorSecretLength();

    @Message
    String errorPort();

    @Message
    String errorHost();

    @Message
    String errorApiNeeds();

    @Message
    String errorAddressTaken();

    @Message
    String errorAddressUnavailable();

    @Message
    String errorBackup();

    @Message
    String errorInvalid();
}
