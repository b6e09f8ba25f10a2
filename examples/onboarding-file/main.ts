import { join } from 'node:path';
import { App } from 'cdktf';
import { keepStateInTfe } from '../state';
import { OnboardingFileStack } from './stacks';

// ONBOARDING_FILE points the app at another file; the default is the reviewed onboarding.yaml beside it.
const app = new App();
const stack = new OnboardingFileStack(app, 'onboarding', process.env.ONBOARDING_FILE ?? join(__dirname, 'onboarding.yaml'));
keepStateInTfe(stack);
app.synth();
