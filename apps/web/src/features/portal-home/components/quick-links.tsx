import { FileSearchOutlined, ProfileOutlined } from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n';

interface QuickLink {
  to: string;
  icon: ReactNode;
  title: string;
  text: string;
  testId: string;
}

export function QuickLinks() {
  const { t } = useI18n();
  const links: QuickLink[] = [
    { to: paths.portal.dossierLookup, icon: <FileSearchOutlined />, title: t('portal.home.lookupTitle'), text: t('portal.home.lookupText'), testId: 'portal-link-lookup' },
    { to: paths.portal.procedures, icon: <ProfileOutlined />, title: t('portal.home.proceduresTitle'), text: t('portal.home.proceduresText'), testId: 'portal-link-procedures' },
  ];
  return (
    <section className="portal-container portal-section" aria-labelledby="quick-links-title">
      <Typography.Title level={2} id="quick-links-title" style={{ fontSize: 22 }}>
        {t('portal.home.quickLinksTitle')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {links.map((link) => (
          <Col xs={24} md={12} key={link.to}>
            <Card className="quick-link-card">
              <span className="quick-link-icon" aria-hidden>
                {link.icon}
              </span>
              <Typography.Title level={3} style={{ fontSize: 18, marginTop: 8 }}>
                <Link to={link.to} className="stretched-link" data-testid={link.testId}>
                  {link.title}
                </Link>
              </Typography.Title>
              <Typography.Paragraph style={{ marginBottom: 0 }}>{link.text}</Typography.Paragraph>
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
