package org.qitdb.coordination.service;

import org.qitdb.common.Refusal;
import org.qitdb.common.Refused;
import org.qitdb.security.Caller;

/**
 * Who may write what in the register: admins everything; an organization's editors its own incoming liaison
 * statements, the documents it submits to meetings and its answers to coordination questions.
 */
final class Permissions {

    private Permissions() {
    }

    static void requireAdmin(Caller caller, String what) {
        if (!caller.admin()) {
            throw new Refused(new Refusal.NotPermitted("token '" + caller.name() + "' may not write " + what
                    + ": admins maintain them (editors may register their organization's incoming liaison statements, "
                    + "meeting documents and answers)"));
        }
    }
}
