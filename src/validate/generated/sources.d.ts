// Types of the generated standalone validators (sources.js).
import type { ValidateFunction } from 'ajv';
export declare const policy: ValidateFunction;
export declare const definitions: ValidateFunction;
export declare const dataItems: ValidateFunction;
export declare const permissions: ValidateFunction;
export declare const purposes: ValidateFunction;
export declare const sdks: ValidateFunction;
export declare const recipients: ValidateFunction;
export declare const rights: ValidateFunction;
