package org.humfig.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Items handed in order from one thread to another, in batches so that the hand-over costs little
 * per item, with at most a few batches waiting: a fast sender waits for a slow receiver instead of
 * filling memory. One thread puts, one thread takes.
 *
 * <pre>{@code
 * Relay<String> relay = new Relay<>(4, 64);
 * // sender:   relay.put("a"); relay.put("b"); relay.end();
 * // receiver: relay.drain(item -> write(item));   // "a", then "b"
 * }</pre>
 *
 * @param <T> the items
 */
final class Relay<T> {

  /** Takes the items on the receiving side. */
  @FunctionalInterface
  interface Receiver<T> {
    /** Takes the next item. */
    void accept(T item) throws IOException;
  }

  private final BlockingQueue<List<T>> queue;
  private final List<T> end = new ArrayList<>(0);
  private final int batch;
  private List<T> filling;

  /** Returns a relay that lets {@code batches} batches of {@code batch} items wait. */
  Relay(int batches, int batch) {
    this.queue = new ArrayBlockingQueue<>(batches);
    this.batch = batch;
    this.filling = new ArrayList<>(batch);
  }

  /** Sends an item; waits while the receiver is a few batches behind. */
  void put(T item) throws InterruptedException {
    filling.add(item);
    if (filling.size() == batch) {
      queue.put(filling);
      filling = new ArrayList<>(batch);
    }
  }

  /** Sends what is left and tells the receiver that nothing follows. */
  void end() throws InterruptedException {
    if (!filling.isEmpty()) {
      queue.put(filling);
    }
    filling = null;
    queue.put(end);
  }

  /** Hands every item, in the order sent, to {@code receiver}, until the sender has ended. */
  void drain(Receiver<T> receiver) throws IOException, InterruptedException {
    for (List<T> items = queue.take(); items != end; items = queue.take()) {
      for (T item : items) {
        receiver.accept(item);
      }
    }
  }
}
