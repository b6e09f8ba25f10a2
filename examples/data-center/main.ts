import { App } from 'cdktf';
import { settingsFromEnvironment } from './settings';
import { DataCenterConnectStack } from './stacks';

const app = new App();
new DataCenterConnectStack(app, 'data-center-connect', settingsFromEnvironment());
app.synth();
