package org.qitdb.common.admission;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.qitdb.common.HttpFailureProblems;

/**
 * Admission of API requests ({@code /api/…}) through one {@link AdmissionQueue}: the service works on
 * {@code qitdb.admission.concurrency} requests at once, lets up to {@code qitdb.admission.queue} more wait their turn
 * for up to {@code qitdb.admission.wait}, and answers the rest 503 with {@code Retry-After} at once. Waiting happens on
 * the event loop without holding a thread or a database connection. Health, metrics and the page's static files are
 * never queued, so probes answer under any load.
 */
@ApplicationScoped
public class AdmissionControl {

    private static final Logger LOG = Logger.getLogger(AdmissionControl.class);

    @ConfigProperty(name = "qitdb.admission.concurrency")
    int concurrency;

    @ConfigProperty(name = "qitdb.admission.queue")
    int maxWaiting;

    @ConfigProperty(name = "qitdb.admission.wait")
    Duration maxWait;

    @Inject
    Instance<MeterRegistry> registry;

    private AdmissionQueue queue;
    private volatile boolean draining;

    void install(@Observes Router router) {
        queue = new AdmissionQueue(concurrency, maxWaiting);
        // after the body-size check, before any resource
        router.route("/api/*").order(Integer.MIN_VALUE + 10).handler(this::admit);
    }

    /**
     * The gauges are registered once the application has started: the router is set up before the database
     * migrations, and the metrics registry then would take part in the pool's start-up.
     */
    void registerMetrics(@Observes StartupEvent event) {
        Gauge.builder("qitdb.admission.working", queue, AdmissionQueue::working)
                .description("API requests being worked on").register(registry.get());
        Gauge.builder("qitdb.admission.waiting", queue, AdmissionQueue::waiting)
                .description("API requests waiting for their turn").register(registry.get());
    }

    /**
     * From the moment a shutdown begins (SIGTERM; readiness goes DOWN for the shutdown delay) new API requests are
     * refused with a problem document while those already admitted or waiting finish.
     */
    void shuttingDown(@Observes ShutdownDelayInitiatedEvent event) {
        draining = true;
        LOG.info("Shutting down: new API requests are answered 503 while running ones finish");
    }

    private void admit(RoutingContext context) {
        if (draining) {
            HttpFailureProblems.closeAfterAnswer(context);
            HttpFailureProblems.respondUnavailable(context, "the service is shutting down; retry in a few seconds");
            return;
        }
        Ticket ticket = new Ticket(context, Vertx.currentContext());
        switch (queue.request(ticket)) {
            case ADMITTED -> ticket.start();
            case QUEUED -> ticket.timer = context.vertx().setTimer(maxWait.toMillis(), id -> queue.expire(ticket));
            case REFUSED -> ticket.overloaded();
        }
    }

    /** One request's place: started once, and its place released once when its answer ends (or its client leaves). */
    private final class Ticket implements AdmissionQueue.Waiter {
        private final RoutingContext context;
        private final Context eventLoop;
        private final AtomicBoolean released = new AtomicBoolean();
        private volatile long timer = -1;

        Ticket(RoutingContext context, Context eventLoop) {
            this.context = context;
            this.eventLoop = eventLoop;
        }

        void start() {
            // called when the answer ends, fails, or its connection closes
            context.addEndHandler(done -> release());
            context.next();
        }

        private void release() {
            if (released.compareAndSet(false, true)) {
                queue.finished();
            }
        }

        @Override
        public void admit() {
            if (timer >= 0) {
                context.vertx().cancelTimer(timer);
            }
            eventLoop.runOnContext(v -> {
                if (abandoned()) {
                    // the client left while its turn came: pass the place on
                    release();
                } else {
                    start();
                }
            });
        }

        @Override
        public void refuse() {
            eventLoop.runOnContext(v -> overloaded());
        }

        @Override
        public boolean abandoned() {
            return context.response().closed();
        }

        void overloaded() {
            if (context.response().closed() || context.response().ended()) {
                return;
            }
            LOG.debugf("Overloaded: %s %s answered 503", context.request().method(), context.request().path());
            HttpFailureProblems.respondUnavailable(context, "the service is busy; retry in a few seconds");
        }
    }
}
