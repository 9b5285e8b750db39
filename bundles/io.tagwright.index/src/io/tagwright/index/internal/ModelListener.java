package io.tagwright.index.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;

import io.tagwright.core.dataset.DatasetSession;
import io.tagwright.core.dataset.DatasetSnapshot;
import io.tagwright.core.dataset.DatasetSnapshot.Image;
import io.tagwright.core.dataset.DatasetSnapshot.SubsetInfo;
import io.tagwright.model.Dataset;
import io.tagwright.model.ImageEntry;
import io.tagwright.model.ModelPackage;
import io.tagwright.model.Subset;

/**
 * Watches the dataset model and turns each change into index work: a snapshot of the changed image (taken
 * right away, on the model's thread, so the index never reads the model from another thread) or the
 * deletion of an image's document. It remembers the key each image was indexed under, so moves and
 * renames delete the old document.
 */
public final class ModelListener extends EContentAdapter {

    /** Where the work goes (the index's pending queue). */
    public interface Sink {
        void upsert(Image image);

        void delete(String key);

        /** Called after a notification that produced work. */
        void changed();
    }

    private final DatasetSession session;
    private final Dataset dataset;
    private final Sink sink;
    private final Map<ImageEntry, String> indexedKeys = new IdentityHashMap<>();
    private final Map<Subset, SubsetInfo> subsets = new IdentityHashMap<>();
    private volatile boolean abandoned;

    public ModelListener(DatasetSession session, Sink sink) {
        this.session = session;
        this.dataset = session.dataset();
        this.sink = sink;
    }

    /** Records the keys of the images as they are now (the initial build indexes them) and starts listening. */
    public void install() {
        for (Subset s : dataset.getSubsets()) {
            SubsetInfo info = info(s);
            for (ImageEntry e : s.getImages()) {
                indexedKeys.put(e, info.keyPrefix() + e.getPath());
            }
        }
        dataset.eAdapters().add(this);
    }

    public void uninstall() {
        dataset.eAdapters().remove(this);
    }

    /**
     * Stops listening without taking the adapter off every object of the model (which notifies each object's
     * adapters: a tenth of a second at 10,000 images), for a model about to be disposed with its adapters
     * (which then removes it from each object without this adapter walking their contents again).
     */
    public void abandon() {
        abandoned = true;
        indexedKeys.clear();
        subsets.clear();
    }

    @Override
    protected void unsetTarget(org.eclipse.emf.ecore.EObject target) {
        if (abandoned) {
            basicUnsetTarget(target); // the model's disposal takes this adapter off every object; no walk
        } else {
            super.unsetTarget(target);
        }
    }

    @Override
    public void notifyChanged(Notification n) {
        if (abandoned) {
            return;
        }
        super.notifyChanged(n);
        if (n.isTouch()) {
            return;
        }
        Object notifier = n.getNotifier();
        Object feature = n.getFeature();
        boolean work = false;
        if (notifier instanceof ImageEntry e) {
            if (feature == ModelPackage.Literals.IMAGE_ENTRY__TAGS || feature == ModelPackage.Literals.IMAGE_ENTRY__WIDTH
                    || feature == ModelPackage.Literals.IMAGE_ENTRY__HEIGHT || feature == ModelPackage.Literals.IMAGE_ENTRY__VIEW
                    || feature == ModelPackage.Literals.IMAGE_ENTRY__FRAMING || feature == ModelPackage.Literals.IMAGE_ENTRY__PATH) {
                upsert(e);
                work = true;
            }
        } else if (notifier instanceof Subset s) {
            if (feature == ModelPackage.Literals.SUBSET__IMAGES) {
                for (Object o : removed(n)) {
                    remove((ImageEntry) o);
                }
                for (Object o : added(n)) {
                    upsert((ImageEntry) o);
                }
                work = true;
            } else if (feature == ModelPackage.Literals.SUBSET__FOLDER || feature == ModelPackage.Literals.SUBSET__KIND
                    || feature == ModelPackage.Literals.SUBSET__CLASS_TOKENS || feature == ModelPackage.Literals.SUBSET__REPEATS) {
                subsets.remove(s);
                s.getImages().forEach(this::upsert);
                work = true;
            }
        } else if (notifier == dataset) {
            if (feature == ModelPackage.Literals.DATASET__SUBSETS) {
                for (Object o : removed(n)) {
                    subsets.remove(o);
                    ((Subset) o).getImages().forEach(this::remove);
                }
                for (Object o : added(n)) {
                    ((Subset) o).getImages().forEach(this::upsert);
                }
                work = true;
            } else if (feature == ModelPackage.Literals.DATASET__ROOT || feature == ModelPackage.Literals.DATASET__TRAIN_DIR
                    || feature == ModelPackage.Literals.DATASET__REG_DIR) {
                subsets.clear();
                dataset.getSubsets().forEach(s -> s.getImages().forEach(this::upsert));
                work = true;
            }
        }
        if (work) {
            sink.changed();
        }
    }

    private static Collection<?> added(Notification n) {
        return switch (n.getEventType()) {
            case Notification.ADD, Notification.SET -> n.getNewValue() == null ? List.of() : List.of(n.getNewValue());
            case Notification.ADD_MANY -> (Collection<?>) n.getNewValue();
            default -> List.of();
        };
    }

    private static Collection<?> removed(Notification n) {
        return switch (n.getEventType()) {
            case Notification.REMOVE, Notification.SET, Notification.UNSET -> n.getOldValue() == null ? List.of() : List.of(n.getOldValue());
            case Notification.REMOVE_MANY -> n.getOldValue() instanceof Collection<?> c ? new ArrayList<>(c) : List.of();
            default -> List.of();
        };
    }

    private boolean attached(ImageEntry e) {
        Subset s = e.getSubset();
        return s != null && s.getDataset() == dataset;
    }

    private SubsetInfo info(Subset s) {
        return subsets.computeIfAbsent(s, x -> DatasetSnapshot.subsetInfo(session, x));
    }

    private void upsert(ImageEntry e) {
        if (!attached(e)) {
            remove(e);
            return;
        }
        Image image = DatasetSnapshot.image(info(e.getSubset()), e);
        String old = indexedKeys.put(e, image.key());
        if (old != null && !old.equals(image.key())) {
            sink.delete(old);
        }
        sink.upsert(image);
    }

    private void remove(ImageEntry e) {
        if (attached(e)) {
            upsert(e); // moved to another subset of the dataset: re-index under its new key
            return;
        }
        String key = indexedKeys.remove(e);
        if (key != null) {
            sink.delete(key);
        }
    }
}
