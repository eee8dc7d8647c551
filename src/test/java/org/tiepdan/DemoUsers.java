package org.tiepdan;

/** Demo accounts created by the demo data set (see README); tests log in with them. */
public final class DemoUsers {

    public static final String PASSWORD = "Demo@2026";
    public static final String ADMIN = "admin";
    public static final String HEAD = "lanhdao";
    public static final String RECEPTION_OFFICER = "tiepdan";
    public static final String HANDLER = "xuly";
    public static final String INSPECTOR = "thanhtra";
    public static final String REPORTER = "baocao";
    public static final String IDENTITY_CUSTODIAN = "baomat";
    public static final String VIEWER = "xem";

    private DemoUsers() {
    }
}
