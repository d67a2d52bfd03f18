// Stand-in for the npm package `json-bigint` in the node-appwrite bundle.
// parse is JSON.parse (fnflow sends no integer beyond 2^53, so nothing needs
// a BigNumber); stringify also writes BigInt values as JSON numbers, as
// json-bigint does with useNativeBigInt.
function stringify(value) {
    const tag = `\u0000bigint${Math.random().toString(36).slice(2)}:`;
    let found = false;
    const text = JSON.stringify(value, (_key, v) => {
        if (typeof v !== 'bigint') {
            return v;
        }
        found = true;
        return tag + v.toString();
    });
    if (!found) {
        return text;
    }
    // The tag starts with U+0000, which JSON.stringify escapes as \u0000.
    const escaped = JSON.stringify(tag).slice(1, -1).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    return text.replace(new RegExp(`"${escaped}(-?\\d+)"`, 'g'), '$1');
}

export default function JSONbig(_options) {
    return {
        parse: (text, reviver) => JSON.parse(text, reviver),
        stringify,
    };
}
