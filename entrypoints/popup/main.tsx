import { render } from 'preact';
import { t, uiDirection } from '@/lib/i18n';
import { App } from './App';
import '@/components/brand.css';
import '@/components/progress.css';
import './style.css';

// The page speaks the language of the strings it shows (the extension's, not always the browser's).
document.documentElement.lang = t('lang');
document.documentElement.dir = uiDirection();
render(<App />, document.getElementById('app')!);
