'use strict';
/*
 * Failures' messages and stack traces moved into an encoded payload, so that the payload codec
 * encrypts them: an error message may name a person or quote a comment. CommonJS on purpose: the
 * worker require()s this file by path and bundles it into the workflows' sandbox; clients use the
 * same instance through failure-converter.ts.
 */
const { DefaultFailureConverter } = require('@temporalio/common');

exports.failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
