package io.tagwright.ui.gallery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;

import io.tagwright.core.thumbnails.ThumbnailCache;
import io.tagwright.model.ImageEntry;
import io.tagwright.ui.widgets.ScaledImages;

/**
 * Thumbnails for a gallery: the ones on screen are made (or read from the disk cache) by background jobs,
 * newest request first, and turned into SWT images on the UI thread in slices of a few milliseconds, so
 * scrolling through 100,000 images never waits for a decoder. Only a bounded number of SWT images is kept;
 * the least recently drawn ones are disposed.
 */
final class ThumbnailLoader {

    /** What a worker needs to know about an image; read on the UI thread, used off it. */
    record Request(ImageEntry entry, Path file, long bytes, long mtime) {
    }

    private static final int MAX_IMAGES = 600;
    private static final long SLICE_NANOS = 6_000_000;

    private final Display display;
    private final ThumbnailCache cache;
    private final Consumer<ImageEntry> loaded;
    private final LinkedHashMap<ImageEntry, Image> images = new LinkedHashMap<>(256, 0.75f, true);
    private final Map<ImageEntry, String> failures = new HashMap<>();
    private final Map<ImageEntry, Long> stamps = new HashMap<>();
    // shared with the workers (guarded by 'this')
    private final ArrayDeque<Request> pending = new ArrayDeque<>();
    private final ArrayDeque<Object[]> ready = new ArrayDeque<>();
    private final Set<ImageEntry> inFlight = new java.util.HashSet<>();
    private final Job[] workers;
    private boolean drainQueued;
    private boolean disposed;
    private volatile int edge = 150;

    ThumbnailLoader(Display display, ThumbnailCache cache, String datasetName, Consumer<ImageEntry> loaded) {
        this.display = display;
        this.cache = cache;
        this.loaded = loaded;
        int n = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));
        workers = new Job[n];
        for (int i = 0; i < n; i++) {
            workers[i] = new Job("Thumbnails of " + datasetName) {
                @Override
                protected IStatus run(IProgressMonitor monitor) {
                    return work(monitor);
                }
            };
            workers[i].setPriority(Job.SHORT);
        }
    }

    /** The SWT image of an image's thumbnail, or null if it is not ready yet. UI thread. */
    Image image(ImageEntry e) {
        Image img = images.get(e);
        Long stamp = stamps.get(e);
        if (img != null && stamp != null && stamp != e.getMtime() + e.getBytes()) {
            images.remove(e).dispose(); // the image changed on disk: make a new thumbnail
            failures.remove(e);
            return null;
        }
        return img;
    }

    /** Why there is no thumbnail for this image, or null. UI thread. */
    String failure(ImageEntry e) {
        return failures.get(e);
    }

    /**
     * Asks for the thumbnails of these images, most wanted first; replaces earlier requests that were not
     * started yet (they scrolled out of view). UI thread.
     */
    void want(List<Request> requests) {
        boolean any = false;
        synchronized (this) {
            pending.clear();
            for (Request r : requests) {
                if (!images.containsKey(r.entry()) && !failures.containsKey(r.entry()) && !inFlight.contains(r.entry())) {
                    pending.add(r);
                    any = true;
                }
            }
        }
        if (any) {
            for (Job w : workers) {
                if (w.getState() == Job.NONE) {
                    w.schedule();
                }
            }
        }
    }

    private IStatus work(IProgressMonitor monitor) {
        monitor.beginTask("Making thumbnails", IProgressMonitor.UNKNOWN);
        while (!monitor.isCanceled()) {
            Request r;
            int left;
            synchronized (this) {
                r = pending.pollFirst();
                if (r == null || disposed) {
                    break;
                }
                inFlight.add(r.entry());
                left = pending.size();
            }
            monitor.subTask(r.file().getFileName() + (left > 0 ? " (" + left + " more queued)" : ""));
            ImageData data = null;
            String problem = null;
            try {
                Path thumb = cache.thumbnail(r.file(), r.bytes(), r.mtime());
                data = ScaledImages.read(thumb, edge);
            } catch (IOException e) {
                problem = e.getMessage();
            } catch (RuntimeException e) {
                problem = "cannot read the thumbnail of " + r.file().getFileName() + ": " + e.getMessage();
            }
            synchronized (this) {
                ready.add(new Object[] { r, data, problem });
                if (!drainQueued && !disposed) {
                    drainQueued = true;
                    display.asyncExec(this::drain);
                }
            }
            monitor.worked(1);
        }
        monitor.done();
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    /** Creates SWT images for finished thumbnails, a few milliseconds at a time. UI thread. */
    private void drain() {
        long start = System.nanoTime();
        while (true) {
            Object[] item;
            synchronized (this) {
                if (disposed) {
                    return;
                }
                item = ready.pollFirst();
                if (item == null) {
                    drainQueued = false;
                    return;
                }
            }
            Request r = (Request) item[0];
            synchronized (this) {
                inFlight.remove(r.entry());
            }
            if (item[1] instanceof ImageData data) {
                Image old = images.put(r.entry(), new Image(display, data));
                if (old != null) {
                    old.dispose();
                }
                stamps.put(r.entry(), r.mtime() + r.bytes());
                evict();
            } else {
                failures.put(r.entry(), (String) item[2]);
            }
            loaded.accept(r.entry());
            if (System.nanoTime() - start > SLICE_NANOS) {
                display.asyncExec(this::drain); // let other events in, then go on
                return;
            }
        }
    }

    private void evict() {
        Iterator<Map.Entry<ImageEntry, Image>> it = images.entrySet().iterator();
        while (images.size() > MAX_IMAGES && it.hasNext()) {
            Map.Entry<ImageEntry, Image> e = it.next();
            e.getValue().dispose();
            stamps.remove(e.getKey());
            it.remove();
        }
    }

    /**
     * Thumbnails are made at the size cells draw them (scaling on every paint is slow); a new size drops the
     * SWT images, which are made again from the disk cache as cells are painted. UI thread.
     */
    void setEdge(int newEdge) {
        if (newEdge == edge) {
            return;
        }
        edge = newEdge;
        synchronized (this) {
            pending.clear();
            ready.clear();
        }
        images.values().forEach(Image::dispose);
        images.clear();
        stamps.clear();
    }

    /** Number of SWT images held (for tests). */
    int imagesHeld() {
        return images.size();
    }

    void dispose() {
        synchronized (this) {
            disposed = true;
            pending.clear();
            ready.clear();
        }
        for (Job w : workers) {
            w.cancel();
        }
        images.values().forEach(i -> {
            if (!i.isDisposed()) {
                i.dispose();
            }
        });
        images.clear();
    }
}
