import { App } from 'cdktf';
import { keepStateInTfe } from '../state';
import { settingsFromEnvironment } from './settings';
import { CloudConnectStack, CloudOnboardStack } from './stacks';

const app = new App();
const settings = settingsFromEnvironment();
// The default path: adopt the OAuth client made in the TFE UI, grant, onboard.
keepStateInTfe(new CloudOnboardStack(app, 'cloud-onboard', settings));
// Optional, before cloud-onboard: create the OAuth client from the consumer and an OAuth token instead.
keepStateInTfe(new CloudConnectStack(app, 'cloud-connect', settings));
app.synth();
