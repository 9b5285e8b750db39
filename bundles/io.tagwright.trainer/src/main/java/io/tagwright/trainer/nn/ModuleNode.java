package io.tagwright.trainer.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A weightless description of a network as PyTorch's {@code named_modules()} would list it: each node
 * has a local name, the class name of the original module and its children in registration order;
 * Linear and Conv2d leaves carry their sizes.
 *
 * <p>kohya finds LoRA targets by walking this structure (class names of enclosing blocks, class and
 * kernel of the leaves), so the LoRA module set and its order can be computed from an architecture
 * alone, without DJL and without allocating a single weight.
 */
public final class ModuleNode {

    /** Leaf layer sizes; {@code kernel} is 0 for Linear. */
    public record Layer(int in, int out, int kernel, int stride, int padding, boolean bias) {
        public boolean isLinear() {
            return kernel == 0;
        }
    }

    private final String name;
    private final String className;
    private final Layer layer;
    private final List<ModuleNode> children = new ArrayList<>();

    private ModuleNode(String name, String className, Layer layer) {
        this.name = name;
        this.className = className;
        this.layer = layer;
    }

    public static ModuleNode container(String name, String className) {
        return new ModuleNode(name, className, null);
    }

    public static ModuleNode linear(String name, int in, int out, boolean bias) {
        return new ModuleNode(name, "Linear", new Layer(in, out, 0, 1, 0, bias));
    }

    public static ModuleNode conv2d(String name, int in, int out, int kernel, int stride, int padding) {
        return new ModuleNode(name, "Conv2d", new Layer(in, out, kernel, stride, padding, true));
    }

    /** A module without LoRA-relevant sizes (norms, activations, dropout, embeddings). */
    public static ModuleNode other(String name, String className) {
        return new ModuleNode(name, className, null);
    }

    /** Appends a child and returns it. */
    public ModuleNode add(ModuleNode child) {
        children.add(child);
        return child;
    }

    /** Appends a container child and returns it. */
    public ModuleNode add(String childName, String childClass) {
        return add(container(childName, childClass));
    }

    public String name() {
        return name;
    }

    public String className() {
        return className;
    }

    /** Sizes when this is a Linear or Conv2d, else null. */
    public Layer layer() {
        return layer;
    }

    public List<ModuleNode> children() {
        return Collections.unmodifiableList(children);
    }

    /**
     * Visits this node and all descendants in pre-order with their dotted paths relative to this
     * node ("" for this node), exactly like {@code named_modules()}.
     */
    public void walk(BiConsumer<String, ModuleNode> visitor) {
        walk("", visitor);
    }

    private void walk(String path, BiConsumer<String, ModuleNode> visitor) {
        visitor.accept(path, this);
        for (ModuleNode c : children) {
            c.walk(path.isEmpty() ? c.name : path + "." + c.name, visitor);
        }
    }
}
