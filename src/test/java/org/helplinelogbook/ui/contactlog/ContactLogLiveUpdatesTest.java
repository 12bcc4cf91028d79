package org.helplinelogbook.ui.contactlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.helplinelogbook.domain.ChangeFeed;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.logbook.TestLogbooks;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;

/** Contacts changed "at another desk" (written straight to the logbook, announced through a fake feed). */
class ContactLogLiveUpdatesTest extends ContactLogFixture {

    private final FakeFeed feed = new FakeFeed();

    @Test
    void aContactSavedElsewhereAppearsOnTopAndLaterPagesAreKept() {
        var model = live();
        model.loadMore();
        assertThat(model.rows()).hasSize(200);
        var secondPageRow = model.rows().get(150);

        Contact added = logbook.contacts().save(TestLogbooks.dataContact(newest.plusMinutes(5), "mental_health", null));
        feed.push(ChangeFeed.Kind.CREATE, added.id());

        assertThat(model.rows()).hasSize(201);
        assertThat(model.rows().get(0).contact().id()).isEqualTo(added.id());
        assertThat(model.rows().get(151)).isSameAs(secondPageRow); // untouched rows are the same objects
        assertThat(model.hasMoreProperty().get()).isTrue();
        model.loadMore();
        assertThat(model.rows()).hasSize(251).extracting(r -> r.contact().id()).doesNotHaveDuplicates();
        assertThat(model.status().messageProperty().get()).contains("251");
    }

    @Test
    void anEditedRowIsReplacedInPlaceAndADeletedRowDisappears() {
        var model = live();
        model.loadMore();
        Contact onFirst = model.rows().get(3).contact();
        Contact further = model.rows().get(180).contact();
        var events = new ArrayList<String>();
        model.setLiveUpdateListener(new ContactLogViewModel.LiveUpdateListener() {
            @Override
            public void beforeMerge() {
                events.add("before");
            }

            @Override
            public void afterMerge() {
                events.add("after");
            }
        });

        Contact edited = logbook.contacts().update(onFirst.id(), onFirst.version(),
                TestLogbooks.dataContact(onFirst.startedAt(), "mental_health", "edited elsewhere"));
        Contact editedFurther = logbook.contacts().update(further.id(), further.version(),
                TestLogbooks.dataContact(further.startedAt(), "mental_health", "edited too"));
        logbook.contacts().delete(model.rows().get(7).contact().id(), model.rows().get(7).contact().version());
        UUID deleted = model.rows().get(7).contact().id();
        feed.push(ChangeFeed.Kind.EDIT, edited.id());
        feed.push(ChangeFeed.Kind.EDIT, editedFurther.id());
        feed.push(ChangeFeed.Kind.DELETE, deleted);

        assertThat(events).containsExactly("before", "after", "before", "after", "before", "after");
        assertThat(model.rows().get(3).contact().version()).isEqualTo(2);
        assertThat(model.rows().get(3).contact().notes()).isEqualTo("edited elsewhere");
        assertThat(model.rows()).extracting(r -> r.contact().id()).doesNotContain(deleted);
        assertThat(model.rows().stream().filter(r -> r.contact().id().equals(further.id())).findFirst().orElseThrow()
                .contact().version()).isEqualTo(2);
        assertThat(model.rows()).hasSize(199);
    }

    @Test
    void stoppedOrSearchingViewsAreLeftAloneAndNothingIsReadOnTheCallersThread() {
        var fxThread = new RecordingRunner();
        var model = new ContactLogViewModel(logbook, fxThread, feed);
        model.start();
        model.startLiveUpdates();
        assertThat(model.isLive()).isTrue();
        fxThread.calls = 0;
        Contact added = logbook.contacts().save(TestLogbooks.dataContact(newest.plusMinutes(5), "mental_health", null));
        feed.push(ChangeFeed.Kind.CREATE, added.id());
        assertThat(fxThread.calls).as("the batch hop and the page read both go through the runner").isEqualTo(2);
        assertThat(model.rows().get(0).contact().id()).isEqualTo(added.id());

        model.notesSearchProperty().set("walking the dog");
        model.search();
        int matches = model.rows().size();
        Contact another = logbook.contacts().save(TestLogbooks.dataContact(newest.plusMinutes(6), "mental_health",
                "walking the dog again"));
        feed.push(ChangeFeed.Kind.CREATE, another.id());
        assertThat(model.rows()).hasSize(matches);
        model.clearSearch();
        assertThat(model.rows().get(0).contact().id()).isEqualTo(another.id());

        model.stopLiveUpdates();
        assertThat(feed.open).isZero();
        assertThat(model.isLive()).isFalse();
    }

    @Test
    void onASingleDeskLogbookTheFeedIsEmptyAndNothingChanges() {
        var model = new ContactLogViewModel(logbook, new DirectTaskRunner());
        model.start();
        model.startLiveUpdates();
        assertThat(logbook.changes()).isSameAs(ChangeFeed.NONE);
        assertThat(model.rows()).hasSize(ContactLogViewModel.PAGE_SIZE);
        model.stopLiveUpdates();
    }

    private ContactLogViewModel live() {
        var model = new ContactLogViewModel(logbook, new DirectTaskRunner(), feed);
        model.start();
        model.startLiveUpdates();
        assertThat(model.rows()).hasSize(ContactLogViewModel.PAGE_SIZE);
        assertThat(feed.open).isEqualTo(1);
        return model;
    }

    /** A change feed the test drives by hand. */
    static final class FakeFeed implements ChangeFeed {
        long seq = 41;
        int open;
        final List<Consumer<List<Change>>> callbacks = new ArrayList<>();

        @Override
        public long lastSeq() {
            return seq;
        }

        @Override
        public List<Change> since(long after) {
            return List.of();
        }

        @Override
        public Subscription subscribe(long afterSeq, Consumer<List<Change>> callback) {
            assertThat(afterSeq).isEqualTo(41);
            callbacks.add(callback);
            open++;
            return () -> {
                callbacks.remove(callback);
                open--;
            };
        }

        void push(Kind kind, UUID id) {
            var batch = List.of(new Change(++seq, id, kind, Instant.now()));
            List.copyOf(callbacks).forEach(c -> c.accept(batch));
        }
    }

    /** Runs at once, like the app's runner would on its worker thread then the FX thread, counting calls. */
    static final class RecordingRunner implements TaskRunner {
        int calls;
        private final DirectTaskRunner direct = new DirectTaskRunner();

        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            calls++;
            direct.run(work, onSuccess, onFailure);
        }
    }
}
