package org.qitdb.common;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reading a request URI as sent: whether it decodes, and a form of its path safe to echo in a problem document. */
final class RequestUris {

    private RequestUris() {
    }

    /** Every {@code %XX} is two hex digits and the decoded bytes are UTF-8 (in the path and in the query). */
    static boolean decodable(String uri) {
        if (uri.indexOf('%') < 0) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0 || Character.digit(uri.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.put((byte) Integer.parseInt(uri, i + 1, i + 3, 16));
                i += 2;
            } else if (c > 0x7f) {
                return true; // not ASCII as sent: the server decoded the line already; nothing to check here
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            CharBuffer ignored = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The path as sent, without the query, shortened: no decoding that could fail again. */
    static String printablePath(String uri) {
        int query = uri.indexOf('?');
        return ClientValues.shorten(query < 0 ? uri : uri.substring(0, query));
    }
}
