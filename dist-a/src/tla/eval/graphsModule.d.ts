import { type NativeModule } from "./communityOperators.js";
export declare const graphsModule: NativeModule;
