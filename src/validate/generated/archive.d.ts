// Types of the generated standalone validators (archive.js).
import type { ValidateFunction } from 'ajv';
export declare const diff: ValidateFunction;
export declare const release: ValidateFunction;
