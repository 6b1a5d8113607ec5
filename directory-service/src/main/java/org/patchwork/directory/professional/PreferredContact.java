package org.patchwork.directory.professional;

/** How a professional would rather be reached by colleagues. */
public enum PreferredContact {
    WORK_PHONE, MOBILE, EMAIL, SMS
}
