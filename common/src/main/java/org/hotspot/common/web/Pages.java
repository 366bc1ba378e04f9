package org.hotspot.common.web;

/** Bounds of paged listings: {@code page * size} must fit the int a MongoDB skip takes. */
public final class Pages {

    /** Page numbers start at 0; with at most 1000 per page the skip stays under 2^31. */
    public static final int MAX_PAGE = 1_000_000;

    /** The message of a page number out of bounds. */
    public static final String PAGE_BOUNDS = "from 0 to 1000000";

    private Pages() {
    }
}
