import { render } from 'preact';
import { App } from './App';
import '../popup/style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<App />, document.getElementById('app')!);
