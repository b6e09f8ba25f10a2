import { App } from 'cdktf';
import { keepStateInTfe } from '../state';
import { settingsFromEnvironment } from './settings';
import { DataCenterConnectStack, DataCenterOnboardStack } from './stacks';

// Two stacks, deployed in order: `cdktf deploy data-center-connect`, authorize once (its next_step output),
// then `cdktf deploy data-center-onboard` (again whenever repositories are added).
const settings = settingsFromEnvironment();
const app = new App();
const connect = new DataCenterConnectStack(app, 'data-center-connect', settings);
const onboard = new DataCenterOnboardStack(app, 'data-center-onboard', settings, connect.connection);
[connect, onboard].forEach((stack) => keepStateInTfe(stack));
app.synth();
