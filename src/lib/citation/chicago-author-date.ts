/**
 * A CSL style for the two kinds of item this site cites, written to the
 * reference-list rules of the Chicago Manual of Style (17th ed.),
 * author-date system: a report in a numbered series (the paper) and a web
 * page without a named author (a page of this site; the site stands in the
 * author's place and "n.d." in the year's). citation-js bundles APA but no
 * Chicago style, and no npm package ships the CSL project's file.
 */
export const chicagoAuthorDateName = 'chicago-author-date-site';

export const chicagoAuthorDateCsl = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info>
    <title>Chicago Manual of Style 17th edition (author-date), reports and web pages</title>
    <id>https://skills-for-clusters.example.org/csl/chicago-author-date-site</id>
    <updated>2026-11-29T00:00:00+00:00</updated>
  </info>
  <macro name="contributors">
    <names variable="author">
      <name and="text" delimiter=", " delimiter-precedes-last="always" name-as-sort-order="first" sort-separator=", "/>
      <substitute>
        <text variable="container-title"/>
      </substitute>
    </names>
  </macro>
  <macro name="year">
    <choose>
      <if variable="issued">
        <date variable="issued"><date-part name="year"/></date>
      </if>
      <else>
        <text term="no date" form="short"/>
      </else>
    </choose>
  </macro>
  <macro name="accessed">
    <group delimiter=" ">
      <text term="accessed" text-case="capitalize-first"/>
      <date variable="accessed" form="text"/>
    </group>
  </macro>
  <citation>
    <layout prefix="(" suffix=")">
      <group delimiter=" ">
        <names variable="author"><name form="short" and="text"/><substitute><text variable="container-title"/></substitute></names>
        <text macro="year"/>
      </group>
    </layout>
  </citation>
  <bibliography hanging-indent="true">
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="contributors"/>
        <text macro="year"/>
        <choose>
          <if type="report">
            <text variable="title" font-style="italic" text-case="title"/>
            <group delimiter=" ">
              <text variable="genre"/>
              <text variable="number"/>
            </group>
            <group delimiter=": ">
              <text variable="publisher-place"/>
              <text variable="publisher"/>
            </group>
          </if>
          <else>
            <text variable="title" quotes="true" text-case="title"/>
            <text macro="accessed"/>
            <text variable="URL"/>
          </else>
        </choose>
      </group>
    </layout>
  </bibliography>
</style>
`;
