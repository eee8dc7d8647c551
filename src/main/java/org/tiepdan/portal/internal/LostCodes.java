package org.tiepdan.portal.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.tiepdan.petition.PetitionTracking;
import org.tiepdan.platform.CitizenNotifier;
import org.tiepdan.platform.Contacts;

/**
 * "Quên mã tra cứu": sends the tracking codes of the online submissions made with an e-mail address
 * or phone number back to that address only. The lookup and the sending run after the answer, on a
 * small queue of their own, so the page takes the same time and says the same thing whether or not
 * anything matched (nobody learns whether a contact is known). Plain submissions' codes go in one
 * message to the contact typed; a sealed denunciation's code goes through the identity module's
 * sealed-address step, to the address sealed with it. Unlike a petition's notifications, these are
 * not stored for another attempt (see {@link #deliver}).
 */
@Service
class LostCodes {

    private static final Logger log = LoggerFactory.getLogger(LostCodes.class);
    /** At most this many codes in one message (the newest). */
    static final int MAX_CODES = 20;

    private final PetitionTracking tracking;
    private final Notifications notifications;
    private final CitizenNotifier notifier;
    private final ThreadPoolExecutor queue = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(200), r -> {
                Thread t = new Thread(r, "lost-codes");
                t.setDaemon(true);
                return t;
            });

    LostCodes(PetitionTracking tracking, Notifications notifications, CitizenNotifier notifier) {
        this.tracking = tracking;
        this.notifications = notifications;
        this.notifier = notifier;
    }

    /** The medium a typed contact is reached by, and its canonical form; empty when it is neither. */
    static Optional<Contact> parse(String typed) {
        Optional<String> email = Contacts.email(typed);
        if (email.isPresent()) {
            return Optional.of(new Contact(CitizenNotifier.Medium.EMAIL, email.get()));
        }
        return Contacts.phone(typed).map(p -> new Contact(CitizenNotifier.Medium.SMS, p));
    }

    record Contact(CitizenNotifier.Medium medium, String address) {

        @Override
        public String toString() {
            return "Contact[" + medium + " " + Contacts.mask(address) + "]";
        }
    }

    /** Queues the lookup and the sending; returns at once. A full queue drops the request (logged). */
    void request(Contact contact) {
        try {
            queue.execute(() -> send(contact));
        } catch (RejectedExecutionException e) {
            log.warn("Lost-code request to {} dropped: queue full", Contacts.mask(contact.address()));
        }
    }

    /** The lookup and the sending, now (the queue's task; tests call it directly). */
    int send(Contact contact) {
        try {
            List<PetitionTracking.Reachable> found = tracking.reachableAt(contact.address(), MAX_CODES);
            List<PetitionTracking.Reachable> plain = found.stream().filter(r -> !r.restricted()).toList();
            int sent = 0;
            if (!plain.isEmpty()) {
                sent += deliver(() -> {
                    notifier.send(contact.medium(), contact.address(), notifications.lostCodes(plain));
                    return true;
                });
            }
            for (PetitionTracking.Reachable r : found) {
                if (r.restricted()) {
                    sent += deliver(() -> tracking.notifyPetitioner(r.petitionId(), contact.medium(),
                            notifications.lostCode(r)));
                }
            }
            return sent;
        } catch (RuntimeException e) {
            log.warn("Lost-code request to {} failed: {}", Contacts.mask(contact.address()),
                    e.getClass().getSimpleName());
            return 0;
        }
    }

    /**
     * One message: 1 if it went out. A refused one is not kept for another attempt (the answer was
     * already given, and keeping it would store the contact typed, which may be a sealed denouncer's):
     * the citizen may ask again. The others still go.
     */
    private static int deliver(java.util.function.BooleanSupplier message) {
        try {
            return message.getAsBoolean() ? 1 : 0;
        } catch (CitizenNotifier.NotDelivered e) {
            return 0;
        }
    }

    /** Waits (bounded) until the queue is empty: for tests. */
    boolean drain(long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (queue.getCompletedTaskCount() == queue.getTaskCount()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    @PreDestroy
    void stop() {
        queue.shutdownNow();
    }
}
