/**
 * Twenty-fourth fresh-repository bench (issue 14: "a repository that you do not see"): a held-out figure. Not a test:
 * it prints figures and asserts nothing.
 *
 *   node dist/bench/secrets/fresh24.js [--list] [--keep] [--cli PATH] [--build-only]
 *
 * It builds, in a temporary folder, the git repository of "ITWerk", the internal Windows IT automation repository of
 * a 300-person company kept by two sysadmins: PowerShell scripts and a module (PSCredential from literals,
 * Invoke-Command, Exchange Online with a certificate and an Entra app secret), unattend.xml, Group Policy Preferences
 * XML with cpassword, a DSC configuration, SCCM task sequence variables, an SSIS package config, PowerCLI scripts, a
 * Veeam / NAS backup job, a BitLocker/LAPS export, an RDP file, a wiki page for new admins and a README. Templates
 * are in bench/secrets/fresh24/corpus-files/ (plain text, read at run time). Written without reading launchready's
 * rules, engine, tests, or the other corpora's templates; nobody tunes on it.
 *
 * Labels and scoring are the shared fresh driver's (bench/secrets/fresh-driver.ts).
 */
import { runFresh } from './fresh-driver.js';
import { Values } from './fresh24/gen.js';
import { AUTHORS, STEPS } from './fresh24/steps.js';

runFresh({
  slug: 'fresh24',
  ordinal: 'twenty-fourth',
  identity: { name: 'ITWerk', email: 'it@kessler-maschinenbau.de' },
  values: () => new Values(),
  authors: AUTHORS,
  steps: STEPS,
});
