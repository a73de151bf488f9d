package org.qitdb.landscape.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.zip.GZIPOutputStream;
import org.qitdb.common.ClientValues;
import org.qitdb.common.Digests;
import org.qitdb.common.EntityTags;
import org.qitdb.common.Refused;
import org.qitdb.landscape.api.Landscape;
import org.qitdb.reference.api.Topic;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.search.service.IndexSnapshots;
import org.qitdb.security.Caller;
import org.qitdb.standard.service.StandardQuery;
import org.qitdb.standard.service.StandardQueryParser;
import org.qitdb.standard.service.StandardVisibility;

/**
 * Landscape requests: their parameters checked, their answers tagged, cached and computed once per tag by
 * {@link LandscapeAnalysis}.
 *
 * <p>Every answer carries a weak entity tag made of the search index's position in the change log (which grows
 * with every write of a standard once the index has applied it), a fingerprint of the reference data (the catalog's
 * and the one the index was built with) and the canonical request. The position is read before the analysis runs,
 * so a tag never names newer data than the body it comes with. Answers are kept in a small in-memory cache under
 * their tag, serialized and gzip-compressed: while nothing changes, a repeated request costs writing the bytes.
 * Concurrent requests for a tag that is being computed wait for that computation instead of starting their own, so
 * that a burst of identical requests after a write computes the analysis once.
 */
@ApplicationScoped
@Startup // so that its metric is published from the start, not only after the first request
public class LandscapeService {

    /** The default root of the analysed subtree. */
    public static final String ROOT_TOPIC = "qit";
    private static final int CACHE_SIZE = 64;
    /**
     * The cache also stays below an eighth of the heap, whatever the answers weigh (the whole tree's answer at
     * 100 000 entries is about 430 KB of JSON, 60 KB compressed; a larger topic tree makes it larger).
     */
    private static final long CACHE_BYTES = Runtime.getRuntime().maxMemory() / 8;

    @Inject
    IndexSnapshots index;

    @Inject
    LandscapeAnalysis analysis;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    StandardQueryParser queryParser;

    @Inject
    StandardVisibility visibility;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry registry;

    /** Analyses computed, that is requests that found neither a cached answer nor a computation to wait for. */
    private Counter computations;

    /** Gzip-compressed JSON answers by opaque tag, least recently used first; guarded by itself. */
    private final LinkedHashMap<String, byte[]> cache = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true);
    private long cachedBytes;

    /** Analyses being computed, by opaque tag: later requests for the same tag wait for the first one. */
    private final ConcurrentHashMap<String, CompletableFuture<byte[]>> computing = new ConcurrentHashMap<>();

    /**
     * At most one computation per core at a time. An analysis keeps a core busy for its whole run: more at once do not
     * finish sooner, each only takes longer. A request waits for a slot in arrival order.
     */
    private final Semaphore computeSlots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    /**
     * The answer to a landscape request: its tag and the analysis as gzip-compressed JSON, or only the tag when the
     * client holds it already.
     */
    public record Answer(String entityTag, Optional<byte[]> gzipJson) {

        public boolean notModified() {
            return gzipJson.isEmpty();
        }
    }

    @PostConstruct
    void registerMetrics() {
        computations = Counter.builder("qitdb.landscape.computations")
                .description("Landscape analyses computed: requests that found neither a cached answer nor a running computation")
                .register(registry);
    }

    /**
     * Validates the parameters; every bad value is a 400 problem naming its parameter. The analysis covers the entries
     * the reader may see.
     */
    public LandscapeRequest parse(LandscapeRequest.Parameters p, Optional<Caller> reader) {
        String topic = rootTopic(p.topic());
        StandardQuery query = queryParser.parse(new StandardQueryParser.Parameters(p.organization(), p.group(), null,
                p.status(), p.documentType(), null, p.publishedFrom(), p.publishedTo(), null, null, null, null, null));
        StandardQuery entries = new StandardQuery(query.organizations().stream().distinct().toList(),
                query.groups().stream().distinct().toList(), List.of(), query.statuses().stream().distinct().toList(),
                query.documentTypes().stream().distinct().toList(), null, query.publishedFrom(), query.publishedTo(), null,
                query.sort(), 0, 1, Set.of()).restrictedTo(visibility.visibleOrganizations(reader));
        return new LandscapeRequest(topic, entries);
    }

    private String rootTopic(List<String> values) {
        if (values == null || values.isEmpty()) {
            return catalog.topic(ROOT_TOPIC).map(Topic::slug).or(() -> catalog.topicTree().stream().findFirst().map(Topic::slug))
                    .orElseThrow(() -> Refused.notFound("the topic tree is empty"));
        }
        if (values.size() > 1) {
            throw Refused.invalidParameter("topic", "topic may be given once only: the analysis covers one subtree");
        }
        String value = values.get(0);
        if (value == null || value.isBlank()) {
            throw Refused.invalidParameter("topic", "topic must not be empty");
        }
        return catalog.topic(value.strip()).orElseThrow(() -> Refused.invalidParameter("topic",
                "unknown topic '" + ClientValues.shorten(value.strip()) + "'")).slug();
    }

    /**
     * The analysis for the request, or 304's tag when {@code ifNoneMatch} names the current one. A malformed
     * {@code If-None-Match} is a 400 problem.
     *
     * <p>The analysis is read from this instance's search index, which holds every write this instance has
     * acknowledged and those of other instances within its poll interval; no database connection is held meanwhile.
     */
    public Answer analyse(LandscapeRequest request, String ifNoneMatch) {
        EntityTags.Precondition precondition = ifNoneMatch == null ? null : EntityTags.parse(ifNoneMatch, "If-None-Match");
        IndexSnapshots.Version version = index.version();
        String opaque = opaqueTag(version, request);
        String tag = "W/" + opaque;
        if (precondition != null && (precondition.any() || precondition.weakTags().contains(opaque)
                || precondition.strongTags().contains(opaque))) {
            return new Answer(tag, Optional.empty());
        }
        byte[] body = cached(opaque);
        if (body == null) {
            body = computeOnce(opaque, request, version);
        }
        return new Answer(tag, Optional.of(body));
    }

    /**
     * The analysis of a topic subtree without filters, as an anonymous reader sees it, as a model: for documents built on it (the landscape report).
     * Served from the same cache as {@link #analyse}, so that the report and the page agree on every number.
     */
    public Landscape analysisOf(String topic) {
        LandscapeRequest request = parse(new LandscapeRequest.Parameters(topic == null ? List.of() : List.of(topic), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of()), Optional.empty()); // a public document: what anyone may see
        byte[] gzipJson = analyse(request, null).gzipJson().orElseThrow();
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipJson), 64 * 1024)) {
            return json.readValue(in, Landscape.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the landscape back", e);
        }
    }

    private byte[] cached(String opaque) {
        synchronized (cache) {
            return cache.get(opaque);
        }
    }

    /** Caches an answer, dropping the least recently used ones beyond 64 answers or the byte budget (never the new one). */
    private void remember(String opaque, byte[] body) {
        synchronized (cache) {
            byte[] replaced = cache.put(opaque, body);
            cachedBytes += body.length - (replaced == null ? 0 : replaced.length);
            Iterator<byte[]> eldest = cache.values().iterator();
            while ((cache.size() > CACHE_SIZE || cachedBytes > CACHE_BYTES) && cache.size() > 1) {
                cachedBytes -= eldest.next().length;
                eldest.remove();
            }
        }
    }

    /** The serialized analysis, computed by the first of concurrent requests for the same tag; the others wait for it. */
    private byte[] computeOnce(String opaque, LandscapeRequest request, IndexSnapshots.Version version) {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = computing.putIfAbsent(opaque, mine);
        if (running != null) {
            return await(running);
        }
        try {
            // a computation that finished between the cache lookup and putIfAbsent has left its answer in the cache
            byte[] body = cached(opaque);
            if (body == null) {
                computeSlots.acquireUninterruptibly();
                try {
                    computations.increment();
                    body = serialize(analysis.compute(request, version));
                } finally {
                    computeSlots.release();
                }
                remember(opaque, body);
            }
            mine.complete(body);
            return body;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(opaque, mine);
        }
    }

    private static byte[] await(CompletableFuture<byte[]> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            // the waiting request answers as the computing one did (a problem stays that problem)
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The analysis as gzip-compressed JSON, written straight into the compressor: the uncompressed document never
     * exists as one array. Most clients accept gzip and get these bytes as they are (17 500 against 1 900 requests
     * a second without, in the landscape benchmark); for the others the resource inflates them while writing.
     */
    private byte[] serialize(Landscape landscape) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 64 * 1024)) {
            json.writeValue(gzip, landscape);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize the landscape", e);
        }
        return bytes.toByteArray();
    }

    /**
     * {@code "<index position>-<digest>"}: changes with every write the index applies, every reference data change
     * (in the catalog and, once it has indexed every entry again, in the index) and every other request.
     */
    private String opaqueTag(IndexSnapshots.Version version, LandscapeRequest request) {
        String hash = Digests.sha256Hex(List.of(request.key(), catalog.fingerprint(), String.valueOf(version.referenceData())))
                .substring(0, 20);
        return "\"" + version.position() + "-" + hash + "\"";
    }
}
