package org.hotspot.auth;

import java.time.Instant;

/**
 * How an organization looks to its customers on the captive portal: a display name, two colours, a
 * terms text and a logo, each optional (the portal falls back to the organization's name and its
 * own colours). Stored inside the organization's document.
 */
public class Branding {

    /** At most 16 KiB: the portal's whole login page, logo included, has a 30 KB budget. */
    public static final int MAX_LOGO_BYTES = 16 * 1024;
    public static final int MAX_DISPLAY_NAME = 60;
    public static final int MAX_TERMS_TEXT = 2000;
    /** A colour the portal's stylesheet can take as it is, stored in lower case. */
    public static final String COLOR = "#[0-9a-fA-F]{6}";

    /** Shown instead of the organization's name; one line of plain text. */
    public String displayName;
    public String primaryColor;
    public String accentColor;
    /** Plain text, lines separated by {@code \n}; the portal escapes it. */
    public String termsText;
    /** The image bytes, checked to be PNG, JPEG or WebP ({@link LogoFormat}). */
    public byte[] logo;
    public String logoContentType;
    public Instant updatedAt;
}
