package org.qitdb.representative.service;

/**
 * A deliberately plain check of an email address: enough to catch typing and pasting mistakes (a missing @, a
 * space, a domain without a dot), without pretending to implement RFC 5321 or to know that the mailbox exists.
 */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    public static boolean isValid(String address, int maxLength) {
        if (address == null || address.isEmpty() || address.length() > maxLength) {
            return false;
        }
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@') || at == address.length() - 1) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || c == '<' || c == '>' || c == ',' || c == ';' || c == '"' || c == '(' || c == ')' || c == '[' || c == ']'
                    || c == '\\') {
                return false;
            }
        }
        String domain = address.substring(at + 1);
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            return false;
        }
        for (String label : domain.split("\\.")) {
            if (label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
        }
        String local = address.substring(0, at);
        return !local.startsWith(".") && !local.endsWith(".") && !local.contains("..");
    }
}
