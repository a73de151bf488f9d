package org.qitdb.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonpatch.JsonPatchException;
import com.github.fge.jsonpatch.mergepatch.JsonMergePatch;

/**
 * JSON Merge Patch (RFC 7396) for every resource that takes one: the patch is applied to the resource as its
 * writer reads it, and the result is read back as the resource's input, so that it passes the same validation
 * as a full replace. Members present replace, {@code null} removes.
 */
public final class MergePatch {

    private MergePatch() {
    }

    /**
     * @param patch   the body as a JSON tree (null or missing when the body was empty)
     * @param current the resource as GET shows it to its writer
     * @param input   the input type the result is read as
     * @param what    the resource's name in messages
     */
    public static <T> T apply(JsonNode patch, Object current, Class<T> input, String what, ObjectMapper json) {
        if (patch == null || patch.isMissingNode()) {
            throw Refused.malformedBody("the merge patch body is empty");
        }
        JsonNode result;
        try {
            result = JsonMergePatch.fromJson(patch).apply(json.valueToTree(current));
        } catch (JsonPatchException e) {
            throw Refused.malformedBody("the merge patch cannot be applied");
        }
        if (!result.isObject()) {
            throw Refused.malformedBody("a merge patch of a " + what + " must be a JSON object");
        }
        try {
            return json.treeToValue(result, input);
        } catch (JsonProcessingException e) {
            // an unknown field or a value of the wrong type in the patch: the same answer as in a full body
            throw new Refused(JsonProblems.refusal(e));
        }
    }
}
