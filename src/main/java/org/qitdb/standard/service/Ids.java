package org.qitdb.standard.service;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/**
 * Ids of new entries: random to clients (opaque, unguessable in their lower bits) but ordered by creation time
 * (UUID version 7, RFC 9562), so that a bulk load appends to the primary-key index instead of touching a random page
 * of it for every row — on H2 that decides how much of the file a large load rewrites.
 */
final class Ids {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {
    }

    static UUID next() {
        return GENERATOR.generate();
    }
}
