package io.tagwright.trainer.nn;

/** A dotted module path inside a {@link ModelContext}, used while building a network. */
public record Prefix(ModelContext context, String path) {

    public Prefix child(String name) {
        return new Prefix(context, path.isEmpty() ? name : path + "." + name);
    }

    public Prefix child(int index) {
        return child(Integer.toString(index));
    }

    public Parameter parameter(String name, long... shape) {
        return context.newParameter(child(name).path(), shape);
    }

    public Ops ops() {
        return context.ops();
    }
}
