<?xml version="1.0" encoding="UTF-8"?>
<!--
  tests/bulletin/blockend.xsl: a bulletin template for tests/bulletin.t
  that ignores the model: a unit sheet of a synthetic plan whose body
  face, once subset, libharu 2.3 rewrote to exactly 25 blocks of 4096
  bytes (with the fonts of tools/deps.sh).  With hinting dropped, the
  empty 'prep' table then began at the very end, libharu's seek to it
  failed and the PDF was not written (error 0x1033).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="xml" encoding="UTF-8"/>
  <xsl:template match="/">
<document subject="重点民生实事督办单" title="市公安局重点民生实事督办单（第5期）" author="测试办公室" keywords="重点民生实事, 督办单, 市公安局, 2025, 第5期">
  <masthead name="重点民生实事督办单" date="2025年5月31日" number="第5期" issuer="测试办公室"/>
  <title>关于市公安局牵头<br/>2025年合成测试计划（40个项目）<br/>5月推进情况的督办单</title>
  <para indent="0">市公安局：</para>
  <para>现将你单位牵头的2025年合成测试计划（40个项目）截至2025年5月31日的推进情况及督办要求通知如下，请认真抓好落实。</para>
  <heading level="1">一、总体情况</heading>
  <para>截至2025年5月31日，你单位牵头的重点民生实事事项共8项（有子任务的项目按子任务计），其中正常推进5项（绿灯），进度滞后2项（黄灯），未报送1项。有完成率数据的7项平均完成率49.95%，序时进度46.55%，高于序时进度3.40个百分点，较上期（第4期，2025年4月30日）提高12.98个百分点。</para>
  <heading level="1">二、牵头事项推进情况</heading>
  <para>你单位牵头的8项事项（有子任务的项目按子任务计）推进情况如下表（事项前的序号为年度计划中的项目序号）：</para>
  <table widths="110,56,68,50,56,56,46">
    <header>
      <cell>事项</cell>
      <cell align="right">目标</cell>
      <cell align="right">累计完成</cell>
      <cell align="right">完成率</cell>
      <cell align="right">序时进度</cell>
      <cell>亮灯</cell>
      <cell align="right">较上期</cell>
    </header>
    <row>
      <cell>1.提升燃气管网383处</cell>
      <cell align="right">1.78万户</cell>
      <cell align="right">0.91万户</cell>
      <cell align="right">51.12%</cell>
      <cell align="right">46.72%</cell>
      <cell light="green">绿灯</cell>
      <cell align="right">+10.67</cell>
    </row>
    <row>
      <cell>15.建设燃气管网282处</cell>
      <cell align="right">—</cell>
      <cell align="right">33.1%</cell>
      <cell align="right">33.10%</cell>
      <cell align="right">41.37%</cell>
      <cell light="yellow">黄灯</cell>
      <cell align="right">+10.60</cell>
    </row>
    <row>
      <cell>28.实施公办幼儿园822处——公办幼儿园任务一</cell>
      <cell align="right">3507公里</cell>
      <cell align="right">1699.48公里</cell>
      <cell align="right">48.46%</cell>
      <cell align="right">41.37%</cell>
      <cell light="green">绿灯</cell>
      <cell align="right">+13.41</cell>
    </row>
    <row>
      <cell>28.实施公办幼儿园822处——公办幼儿园任务二</cell>
      <cell align="right">—</cell>
      <cell align="right">64.5%</cell>
      <cell align="right">64.50%</cell>
      <cell align="right">72.25%</cell>
      <cell light="yellow">黄灯</cell>
      <cell align="right">+13.90</cell>
    </row>
    <row>
      <cell>28.实施公办幼儿园822处——公办幼儿园任务三</cell>
      <cell align="right">8200户</cell>
      <cell align="right">4993.07户</cell>
      <cell align="right">60.89%</cell>
      <cell align="right">41.37%</cell>
      <cell light="green">绿灯</cell>
      <cell align="right">—</cell>
    </row>
    <row>
      <cell>28.实施公办幼儿园822处——公办幼儿园任务四</cell>
      <cell align="right">19652人次</cell>
      <cell align="right">10630.53人次</cell>
      <cell align="right">54.09%</cell>
      <cell align="right">41.37%</cell>
      <cell light="green">绿灯</cell>
      <cell align="right">+4.56</cell>
    </row>
    <row>
      <cell>39.改造公共厕所687处——公共厕所任务一</cell>
      <cell align="right">—</cell>
      <cell align="right">37.5%</cell>
      <cell align="right">37.50%</cell>
      <cell align="right">41.37%</cell>
      <cell light="green">绿灯</cell>
      <cell align="right">+10.50</cell>
    </row>
    <row>
      <cell>39.改造公共厕所687处——公共厕所任务二</cell>
      <cell align="right">5878户</cell>
      <cell align="right">未报送</cell>
      <cell align="right">—</cell>
      <cell align="right">41.37%</cell>
      <cell light="grey">无数据</cell>
      <cell align="right">—</cell>
    </row>
  </table>
  <para size="12" indent="0">注：完成率按累计完成量除以目标量计算，超过目标的按100%计；无量化目标的按报送的完成百分比或完成状态计算。序时进度按计划节点或至完成时限均匀推进测算。亮灯：完成全部任务的为“已完成”；低于序时进度5个百分点以内为绿灯，5至20个百分点为黄灯，超过20个百分点为红灯；未报送或无完成率数据的为“无数据”。较上期为完成率较第4期（截至2025年4月30日）增减的百分点。</para>
  <heading level="1">三、督办事项</heading>
  <heading level="2">（一）进度滞后事项</heading>
  <para>你单位牵头事项中有2项进度滞后（黄灯），列为本期督办事项：</para>
  <para><b>1.建设燃气管网282处（黄灯）</b>：报送完成33.1%，完成率33.10%（较上期提高10.60个百分点），序时进度41.37%，低于序时进度8.27个百分点。报送情况：已完成招标采购，部分点位已建成投用。</para>
  <para><b>督办要求：</b>请认真分析滞后原因，采取有效措施加快推进，于2025年6月7日前将整改措施书面报送测试办公室，确保尽快达到序时进度。</para>
  <para><b>2.实施公办幼儿园822处——公办幼儿园任务二（黄灯）</b>：完成时限2025年7月28日；报送完成64.5%，完成率64.50%（较上期提高13.90个百分点），序时进度72.25%，低于序时进度7.75个百分点。报送情况：部分点位已建成投用，正在按计划推进。</para>
  <para><b>督办要求：</b>请认真分析滞后原因，采取有效措施加快推进，于2025年6月7日前将整改措施书面报送测试办公室，确保尽快达到序时进度。</para>
  <heading level="2">（二）未报送事项</heading>
  <para>截至2025年5月31日，你单位牵头的以下1项事项未报送推进情况：改造公共厕所687处——公共厕所任务二。</para>
  <para><b>督办要求：</b>请于2025年6月7日前补报上述事项截至2025年5月31日的推进情况（累计完成量、存在问题和下一步工作安排），说明未按时报送的原因，并书面报送测试办公室。今后请严格按时报送，确保进度数据及时、准确、完整。</para>
  <heading level="1">四、工作要求</heading>
  <para>（一）压实工作责任。请对照年度目标任务和序时进度，做到任务到岗、责任到人，对进度滞后事项逐项分析原因、制定措施，加快推进实施，确保牵头事项按期保质完成。</para>
  <para>（二）按时报送进度。请在每期报送截止前如实报送牵头事项的累计完成量、存在问题和下一步工作安排，配合单位承担的工作一并汇总报送。</para>
  <para>（三）抓好督办落实。本督办单所列事项的整改措施和补报情况，请按上述时限报送。对整改不力、进度持续滞后或逾期仍未报送的，将在督办通报中予以通报。</para>
</document>
  </xsl:template>
</xsl:stylesheet>
