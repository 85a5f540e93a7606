/**
 * Page templates of engines the importer meets in public repositories, beyond the Jinja, Nunjucks, ERB
 * and Template Toolkit forms the other reader tests cover: Laravel Blade's directives and translation
 * helpers, and Vue's `$t`. The words a page shows are kept; the engine's own code goes.
 */
import { describe, expect, it } from 'vitest';
import { htmlToTree } from '../../../src/import/readers/html.js';
import { importNotice } from '../../../src/import/import-notice.js';
import { headings, text } from '../support/blocks.js';

describe('Blade and other engines', () => {
  it('drops Blade\'s directives, keeps what @lang and __() translate, and reads the title @section sets', async () => {
    const blade = `@extends('layouts.app')\n@section('title', 'Privacy notice')\n@section('content')\n<div class="govuk-grid-row">\n<h2 class="govuk-heading-l">{{ __('Who we are') }}</h2>\n<p class="govuk-body">The Department of Finance is the data controller. Contact dpo@finance-ni.gov.uk or @DoFNI on social media.</p>\n@if($showCookies)\n<h2 class="govuk-heading-l">@lang('Cookies on this service')</h2>\n@endif\n@csrf\n</div>\n@endsection`;
    const tree = htmlToTree(blade);
    expect(headings(tree.blocks)).toEqual(['Who we are', 'Cookies on this service']);
    expect(text(tree.blocks)).toContain('Contact dpo@finance-ni.gov.uk or @DoFNI on social media.');
    expect(text(tree.blocks)).not.toMatch(/@(?:extends|section|if|endif|csrf|endsection)|showCookies|layouts\.app/);
    const { config } = await importNotice('privacy.blade.html', new TextEncoder().encode(blade), { today: new Date('2026-12-06') });
    expect(config.notice.title).toBe('Privacy notice');
  });

  it('keeps an address or a handle with "@" in a page that is no Blade template', () => {
    const html = '<h1>Privacy</h1><p>Email us at info@example.org.uk or tweet @if_you_like.</p>';
    expect(text(htmlToTree(html).blocks)).toContain('Email us at info@example.org.uk or tweet @if_you_like.');
  });

  it('keeps the words Vue\'s $t translates', () => {
    expect(headings(htmlToTree(`<h1>Privacy</h1><h2>{{ $t('How we use your data') }}</h2><p>We use it to run the service.</p>`).blocks)).toEqual(['How we use your data']);
  });
});
