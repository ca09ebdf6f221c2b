/**
 * Errors raised by the in-memory host, shaped like OfficeExtension.Error so add-in
 * code that inspects `error.code` / `error.debugInfo` behaves the same as in Excel.
 */

/** Error codes the host can produce. Values match Excel.ErrorCodes / OfficeExtension.ErrorCodes strings. */
export const HostErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  valueNotLoaded: "ValueNotLoaded",
  invalidObjectPath: "InvalidObjectPath",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  runMustReturnPromise: "RunMustReturnPromise",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
} as const;

export type HostErrorCode = (typeof HostErrorCodes)[keyof typeof HostErrorCodes];

/** Default messages, worded like Excel's so UI snapshots look realistic. */
const defaultMessages: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  GeneralException: "An internal error has occurred.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation is invalid.",
  InvalidReference: "This reference is not valid for the current operation.",
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  RunMustReturnPromise: 'The batch function passed to the ".run" method didn\'t return a promise.',
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

export interface HostDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

/**
 * Mirrors OfficeExtension.Error: `name` is "RichApi.Error" (what Office.js reports at runtime),
 * `code` is the Excel error code string, `debugInfo.errorLocation` names the failing member.
 */
export class HostError extends Error {
  readonly code: string;
  readonly debugInfo: HostDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: HostError | null = null;

  constructor(code: string, message?: string, errorLocation?: string) {
    super(message ?? defaultMessages[code] ?? code);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message: this.message, ...(errorLocation ? { errorLocation } : {}) };
    // Keep instanceof working when compiled to ES5-ish targets.
    Object.setPrototypeOf(this, HostError.prototype);
  }
}

export function hostError(code: HostErrorCode, message?: string, errorLocation?: string): HostError {
  return new HostError(code, message, errorLocation);
}

/** The exact wording Office.js uses when an unloaded property is read. */
export function propertyNotLoaded(property: string, typeName: string): HostError {
  return new HostError(
    HostErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}
