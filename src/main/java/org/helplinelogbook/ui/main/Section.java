package org.helplinelogbook.ui.main;

/** The places in the main window's navigation, in the order shown. */
public enum Section {
    NEW_CONTACT("nav.newContact", false),
    CONTACT_LOG("nav.contactLog", false),
    DASHBOARD("nav.dashboard", true),
    ACCOUNTS("nav.accounts", true),
    TAXONOMY("nav.taxonomy", true),
    CAMPAIGNS("nav.campaigns", true),
    AUDIT_LOG("nav.auditLog", true),
    NOTES_REVIEW("nav.notesReview", true),
    SETTINGS("nav.settings", true);

    private final String labelKey;
    private final boolean managerOnly;

    Section(String labelKey, boolean managerOnly) {
        this.labelKey = labelKey;
        this.managerOnly = managerOnly;
    }

    public String labelKey() {
        return labelKey;
    }

    public boolean managerOnly() {
        return managerOnly;
    }
}
