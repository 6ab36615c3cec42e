package fr.parole.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the heap every 5 ms: used heap (live objects and garbage not yet collected), and the
 * heap left after the last collection (an upper bound of what was live then).
 */
final class HeapSampler extends Thread {
  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong peakLive = new AtomicLong();
  private final AtomicLong overall = new AtomicLong();
  private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
      .toList();

  HeapSampler() {
    super("heap-sampler");
    setDaemon(true);
  }

  @Override
  public void run() {
    while (!isInterrupted()) {
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      long live = 0;
      for (MemoryPoolMXBean pool : heapPools) {
        live += pool.getCollectionUsage() == null ? 0 : pool.getCollectionUsage().getUsed();
      }
      peak.accumulateAndGet(used, Math::max);
      peakLive.accumulateAndGet(live, Math::max);
      overall.accumulateAndGet(used, Math::max);
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  void reset() {
    peak.set(0);
    peakLive.set(0);
  }

  long peak() {
    return peak.get();
  }

  long peakLive() {
    return peakLive.get();
  }

  long overallPeak() {
    return overall.get();
  }
}
