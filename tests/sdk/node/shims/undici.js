// Stand-in for the npm package `undici` in the node-appwrite bundle: Node 20
// ships undici's fetch, FormData and File as globals, which is all the SDK
// uses. Agent only serves setSelfSigned(), which the SDK tests do not use.
export const fetch = globalThis.fetch;
export const FormData = globalThis.FormData;
export const File = globalThis.File;

export class Agent {
    constructor() {
        throw new Error('the undici stand-in has no Agent: setSelfSigned() is not available in the SDK tests');
    }
}
