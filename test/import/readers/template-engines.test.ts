/**
 * Page templates of engines the importer meets in public repositories, beyond the Jinja, Nunjucks, ERB
 * and Template Toolkit forms the other reader tests cover: Laravel Blade's directives and translation
 * helpers, Vue's `$t` and ASP.NET Razor pages. The words a page shows are kept; the engine's own code goes.
 */
import { describe, expect, it } from 'vitest';
import { htmlToTree } from '../../../src/import/readers/html.js';
import { importNotice } from '../../../src/import/import-notice.js';
import { headings, text, title } from '../support/blocks.js';

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

  it('reads a Vue single-file component\'s top-level <template> (a page\'s inert <template> stays skipped)', async () => {
    const vue = `<template>\n  <div class="container">\n    <h1>{{ $t('Privacy notice') }}</h1>\n    <h2>Who we are</h2>\n    <p>Anytown Council is the data controller for the information you give us.</p>\n  </div>\n</template>\n\n<script>\nexport default { name: 'PrivacyPage' }\n</script>\n<style scoped>\n.container { margin: 0 auto; }\n</style>`;
    const tree = htmlToTree(vue);
    expect(title(tree.blocks)).toBe('Privacy notice');
    expect(headings(tree.blocks)).toEqual(['Who we are']);
    expect(text(tree.blocks)).not.toMatch(/PrivacyPage|margin/);
    const { config } = await importNotice('Privacy.vue.html', new TextEncoder().encode(vue.replace(/\n\s*/g, ' ')), { today: new Date('2026-12-07') });
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Who we are']);
    const page = '<html><body><h1>Privacy</h1><p>We keep your data safe.</p><template id="row"><p>Stamped row text</p></template></body></html>';
    expect(text(htmlToTree(page).blocks)).not.toContain('Stamped row text');
  });

  it('ends a Razor directive where the markup starts when the file\'s lines were joined ("@using X @model Y <h1>…")', () => {
    const tree = htmlToTree('@using Dorset.Web @model PrivacyModel <h1>Privacy notice</h1><h2>Who we are</h2><p>Dorset Council is the data controller.</p>');
    expect(title(tree.blocks)).toBe('Privacy notice');
    expect(headings(tree.blocks)).toEqual(['Who we are']);
    expect(text(tree.blocks)).not.toMatch(/@using|PrivacyModel/);
  });

  it('reads a Razor page: its code blocks, directives and helpers go, the title its code sets is the title and prints in the <h1> (https://github.com/Ofgem-Future-Heat/BoilerUpgradeScheme-Web-ExternalPortal Cookies.cshtml)', async () => {
    const razor = `\uFEFF@page\n@model CookiesModel\n@using Ofgem.Web\n@{\n    ViewData["PageId"] = "CD119";\n    ViewData["Title"] = "Cookies";\n}\n<div class="govuk-grid-row">\n<h1 class="govuk-heading-xl">@ViewData["Title"]</h1>\n@Html.AntiForgeryToken()\n@await Html.PartialAsync("_Banner", Model)\n<p class="govuk-body">Cookies are small files saved on your phone. Email help@@ofgem.gov.uk.</p>\n@if (Model.ShowAnalytics)\n{\n<h2 class="govuk-heading-l">Analytics cookies (optional)</h2>\n<p>We use Google Analytics.</p>\n}\n</div>\n@section scripts {\n<script>checkCookie()</script>\n}`;
    const tree = htmlToTree(razor);
    expect(title(tree.blocks)).toBe('Cookies');
    expect(headings(tree.blocks)).toEqual(['Analytics cookies (optional)']);
    expect(text(tree.blocks)).toContain('Email help@ofgem.gov.uk.');
    expect(text(tree.blocks)).not.toMatch(/@(?!ofgem)|ViewData|CD119|checkCookie|AntiForgery|_Banner|ShowAnalytics|[{}]/);
    const { config } = await importNotice('cookies.cshtml.html', new TextEncoder().encode(razor), { today: new Date('2026-12-06') });
    expect(config.notice.title).toBe('Cookies');
  });

  it('reads the words of a Razor title built from words and a value, and ViewBag\'s title (https://github.com/east-sussex-county-council/Escc.EastSussexGovUK.Umbraco PrivacyNotice.cshtml)', async () => {
    const built = `@inherits Umbraco.Web.Mvc.UmbracoViewPage<PrivacyNoticeViewModel>\n@{\n    Model.Metadata.Title = "Privacy notice – " + Model.Metadata.Title;\n}\n<article><h1>@Model.Metadata.Title</h1>\n<h2>Overview</h2>\n@Model.WhatIsCovered\n<p>East Sussex County Council takes data protection seriously.</p></article>`;
    expect((await importNotice('privacy.html', new TextEncoder().encode(built), { today: new Date('2026-12-06') })).config.notice.title).toBe('Privacy notice');
    const bag = `@{\n    ViewBag.Title = "Privacy notice";\n}\n<h1>@ViewBag.Title</h1><h2>Who we are</h2><p>We are the Office for Equality and Opportunity.</p>`;
    expect(title(htmlToTree(bag).blocks)).toBe('Privacy notice');
  });

  it('keeps an address with "@" in a page that is no Razor page', () => {
    expect(text(htmlToTree('<h1>Privacy</h1><p>Write to dpo@model.org.uk or @ViewData on social media.</p>').blocks)).toContain('Write to dpo@model.org.uk');
  });
});
