/** A lexical scope: names bound here, then the parent's. */
export class Scope {
    parent;
    names = new Map();
    constructor(parent) {
        this.parent = parent;
    }
    /** The binding of `name`, searching outward. */
    lookup(name) {
        for (let s = this; s; s = s.parent) {
            const b = s.names.get(name);
            if (b)
                return b;
        }
        return undefined;
    }
    /** A new scope nested in this one. */
    child() {
        return new Scope(this);
    }
}
//# sourceMappingURL=scope.js.map