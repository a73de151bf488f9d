package org.qitdb.common.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdmissionQueueTest {

    /** Records what happened to it. */
    private static final class Request implements AdmissionQueue.Waiter {
        final String name;
        final List<String> log;
        boolean gone;

        Request(String name, List<String> log) {
            this.name = name;
            this.log = log;
        }

        @Override
        public void admit() {
            log.add("admit " + name);
        }

        @Override
        public void refuse() {
            log.add("refuse " + name);
        }

        @Override
        public boolean abandoned() {
            return gone;
        }
    }

    @Test
    void admitsUpToTheConcurrencyQueuesTheNextAndRefusesTheRest() {
        List<String> log = new ArrayList<>();
        AdmissionQueue queue = new AdmissionQueue(2, 2);
        assertThat(queue.request(new Request("a", log))).isEqualTo(AdmissionQueue.Decision.ADMITTED);
        assertThat(queue.request(new Request("b", log))).isEqualTo(AdmissionQueue.Decision.ADMITTED);
        assertThat(queue.request(new Request("c", log))).isEqualTo(AdmissionQueue.Decision.QUEUED);
        assertThat(queue.request(new Request("d", log))).isEqualTo(AdmissionQueue.Decision.QUEUED);
        assertThat(queue.request(new Request("e", log))).isEqualTo(AdmissionQueue.Decision.REFUSED);
        assertThat(queue.working()).isEqualTo(2);
        assertThat(queue.waiting()).isEqualTo(2);
    }

    @Test
    void aFinishedRequestHandsItsPlaceToTheLongestWaiting() {
        List<String> log = new ArrayList<>();
        AdmissionQueue queue = new AdmissionQueue(1, 5);
        queue.request(new Request("a", log));
        queue.request(new Request("b", log));
        queue.request(new Request("c", log));
        queue.finished();
        assertThat(log).containsExactly("admit b");
        assertThat(queue.working()).as("b took a's place").isEqualTo(1);
        queue.finished();
        queue.finished();
        assertThat(log).containsExactly("admit b", "admit c");
        assertThat(queue.working()).isZero();
    }

    @Test
    void aRequestThatWaitedTooLongIsRefusedAndLeavesTheQueue() {
        List<String> log = new ArrayList<>();
        AdmissionQueue queue = new AdmissionQueue(1, 5);
        queue.request(new Request("a", log));
        Request late = new Request("late", log);
        queue.request(late);
        queue.expire(late);
        assertThat(log).containsExactly("refuse late");
        queue.finished();
        assertThat(log).as("nobody left to admit").containsExactly("refuse late");
        assertThat(queue.working()).isZero();
        queue.expire(late);
        assertThat(log).as("an admitted or refused request expires no more").hasSize(1);
    }

    @Test
    void requestsWhoseClientsLeftAreSkipped() {
        List<String> log = new ArrayList<>();
        AdmissionQueue queue = new AdmissionQueue(1, 5);
        queue.request(new Request("a", log));
        Request gone = new Request("gone", log);
        queue.request(gone);
        queue.request(new Request("next", log));
        gone.gone = true;
        queue.finished();
        assertThat(log).containsExactly("admit next");
    }
}
