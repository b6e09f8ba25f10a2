import { App } from 'cdktf';
import { onboardingApp } from './app';

const app = new App();
onboardingApp(app);
app.synth();
